/// Formats rows as CSV lines the way Spark's writer does: nulls as `nullValue` (empty), empty strings
/// as `""`, values quoted when they hold the delimiter, a quote, a line break or edge whitespace,
/// quotes inside escaped with `escape`; dates `yyyy-MM-dd`, timestamps ISO-8601 with milliseconds.
struct CSVRowWriter {
    let options: CSVOptions
    let schema: [StructField]
    let datePattern: DateTimePattern?
    let timestampPattern: DateTimePattern

    init(_ options: DataSourceOptions, schema: [StructField]) throws(SparkError) {
        self.options = try CSVOptions(options, forWriting: true)
        self.schema = schema
        for field in schema {
            switch field.dataType {
            case .array, .map, .struct, .binary:
                throw SparkError("UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE",
                                 "The CSV datasource doesn't support the column `\(field.name)` of the type \"\(field.dataType.sqlName)\".",
                                 sqlState: "0A000")
            default: break
            }
        }
        datePattern = try self.options.dateFormat.map { f throws(SparkError) in try DateTimePattern(f) }
        timestampPattern = try DateTimePattern(self.options.timestampFormat ?? "yyyy-MM-dd'T'HH:mm:ss.SSS")
    }

    var headerLine: String { schema.map { quoted($0.name) }.joined(separator: delimiter) }

    private var delimiter: String { String(decoding: options.delimiter, as: UTF8.self) }

    func line(_ row: [Value]) -> String {
        row.enumerated().map { i, v in field(v, schema[i].dataType) }.joined(separator: delimiter)
    }

    private func field(_ v: Value, _ t: DataType) -> String {
        switch v {
        case .null: return options.nullValue
        case .string(let s): return s.isEmpty ? (options.emptyValue ?? "\"\"") : quoted(s)
        case .date(let d): return datePattern?.format(micros: Int64(d) * DateTimeUtils.microsPerDay) ?? DateTimeUtils.formatDate(d)
        case .timestamp(let ts):
            return options.timestampFormat == nil ? timestampPattern.format(micros: ts) + "Z" : timestampPattern.format(micros: ts)
        default: return quoted(Cast.castToString(v, t))
        }
    }

    private func quoted(_ s: String) -> String {
        var text = s
        if options.ignoreLeadingWhiteSpace { text = String(text.drop { $0 == " " || $0 == "\t" }) }
        if options.ignoreTrailingWhiteSpace { while text.last == " " || text.last == "\t" { text.removeLast() } }
        let quote = options.quote.map { Character(Unicode.Scalar($0)) }
        guard let quote else { return text }
        let needsQuotes = options.quoteAll || text.contains(delimiter) || text.contains("\n") || text.contains("\r")
            || (options.escapeQuotes && text.contains(quote))
        guard needsQuotes else { return text }
        let escape = options.escape.map { String(Character(Unicode.Scalar($0))) } ?? String(quote)
        return String(quote) + text.replacingOccurrences(of: String(quote), with: escape + String(quote)) + String(quote)
    }
}
