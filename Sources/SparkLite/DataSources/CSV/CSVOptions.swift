/// The CSV options Spark documents ("CSV Files" data source guide), with their read defaults.
struct CSVOptions: Sendable {
    enum ParseMode: String, Sendable { case permissive = "PERMISSIVE", dropMalformed = "DROPMALFORMED", failFast = "FAILFAST" }

    var header = false
    var inferSchema = false
    var delimiter: [UInt8] = [UInt8(ascii: ",")]
    var quote: UInt8? = UInt8(ascii: "\"")
    var escape: UInt8? = UInt8(ascii: "\\")
    var comment: UInt8?
    var nullValue = ""
    var emptyValue: String?
    var nanValue = "NaN"
    var positiveInf = "Inf"
    var negativeInf = "-Inf"
    var dateFormat: String?
    var timestampFormat: String?
    var ignoreLeadingWhiteSpace: Bool
    var ignoreTrailingWhiteSpace: Bool
    var mode = ParseMode.permissive
    var preferDate = true
    var quoteAll = false
    var escapeQuotes = true

    /// Reading trims nothing by default; writing trims both sides (Spark's defaults differ per direction).
    init(_ options: DataSourceOptions, forWriting: Bool = false) throws(SparkError) {
        ignoreLeadingWhiteSpace = forWriting
        ignoreTrailingWhiteSpace = forWriting
        header = try options.bool("header", default: false)
        inferSchema = try options.bool("inferSchema", default: false)
        if let sep = options["sep"] ?? options["delimiter"] {
            guard !sep.isEmpty else { throw SparkError("INVALID_OPTION_VALUE", "Delimiter cannot be empty string.") }
            delimiter = sep == "\\t" ? [9] : Array(sep.utf8)
        }
        quote = try Self.byte(options, "quote", default: quote)
        escape = try Self.byte(options, "escape", default: escape)
        comment = try Self.byte(options, "comment", default: nil)
        nullValue = options["nullValue"] ?? nullValue
        emptyValue = options["emptyValue"]
        nanValue = options["nanValue"] ?? nanValue
        positiveInf = options["positiveInf"] ?? positiveInf
        negativeInf = options["negativeInf"] ?? negativeInf
        dateFormat = options["dateFormat"]
        timestampFormat = options["timestampFormat"]
        ignoreLeadingWhiteSpace = try options.bool("ignoreLeadingWhiteSpace", default: ignoreLeadingWhiteSpace)
        ignoreTrailingWhiteSpace = try options.bool("ignoreTrailingWhiteSpace", default: ignoreTrailingWhiteSpace)
        preferDate = try options.bool("preferDate", default: true)
        quoteAll = try options.bool("quoteAll", default: false)
        escapeQuotes = try options.bool("escapeQuotes", default: true)
        if let raw = options["mode"] {
            guard let m = ParseMode(rawValue: raw.uppercased()) else {
                throw SparkError("INVALID_OPTION_VALUE", "The parse mode '\(raw)' is not one of PERMISSIVE, DROPMALFORMED or FAILFAST.")
            }
            mode = m
        }
        if try options.bool("multiLine", default: false) {
            throw SparkError.unsupported("The CSV option multiLine")
        }
        if let encoding = options["encoding"] ?? options["charset"], !["utf-8", "utf8"].contains(encoding.lowercased()) {
            throw SparkError.unsupported("The CSV encoding \(encoding)")
        }
    }

    private static func byte(_ options: DataSourceOptions, _ key: String, default fallback: UInt8?) throws(SparkError) -> UInt8? {
        guard let c = try options.character(key, default: fallback.map { Character(Unicode.Scalar($0)) }) else { return nil }
        guard let ascii = c.asciiValue else {
            throw SparkError.unsupported("A non-ASCII \(key) character")
        }
        return ascii
    }
}
