import Foundation

/// Turns CSV text into values of a column type, as Spark's `UnivocityParser` does: a field equal to
/// `nullValue` is null; a field that does not parse is an error the parse mode decides about.
struct CSVValueParser: Sendable {
    struct Malformed: Error {}

    let options: CSVOptions
    let datePattern: DateTimePattern?
    let timestampPattern: DateTimePattern?

    init(_ options: CSVOptions) throws(SparkError) {
        self.options = options
        datePattern = try options.dateFormat.map { f throws(SparkError) in try DateTimePattern(f) }
        timestampPattern = try options.timestampFormat.map { f throws(SparkError) in try DateTimePattern(f) }
    }

    func parse(_ field: String?, as type: DataType) throws(Malformed) -> Value {
        guard let field, field != options.nullValue else { return .null }
        switch type {
        case .string: return .string(field)
        case .byte, .short, .int, .long:
            guard let i = Self.javaInteger(field) else { throw Malformed() }
            let (lo, hi) = Cast.integralBounds(type)
            guard i >= lo && i <= hi else { throw Malformed() }
            return .int(i)
        case .float, .double:
            guard let d = double(field) else { throw Malformed() }
            return .double(type == .float ? Double(Float(d)) : d)
        case .decimal(let p, let s):
            let cleaned = field.replacingOccurrences(of: ",", with: "")
            guard let v = try? Cast.evaluate(.string(cleaned), from: .string, to: .decimal(precision: p, scale: s), mode: .ansi) else { throw Malformed() }
            return v
        case .boolean:
            switch field.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: throw Malformed()
            }
        case .date:
            guard let d = date(field) else { throw Malformed() }
            return .date(d)
        case .timestamp:
            guard let t = timestamp(field) else { throw Malformed() }
            return .timestamp(t)
        default:
            throw Malformed()
        }
    }

    func double(_ field: String) -> Double? {
        if field == options.nanValue { return .nan }
        if field == options.positiveInf { return .infinity }
        if field == options.negativeInf { return -.infinity }
        // Java's Double.parseDouble ignores surrounding whitespace.
        return Cast.parseJavaDouble(field.trimmingCharacters(in: .whitespaces))
    }

    /// With `dateFormat` the pattern must match; without one, Spark's lenient `yyyy-[m]m-[d]d` date parsing.
    func date(_ field: String) -> Int32? {
        if let datePattern {
            guard let micros = try? datePattern.parse(field) else { return nil }
            return Int32(clamping: Cast.floorDiv(micros, DateTimeUtils.microsPerDay))
        }
        return DateTimeUtils.parseDate(field)
    }

    func timestamp(_ field: String) -> Int64? {
        if let timestampPattern { return try? timestampPattern.parse(field) }
        return Cast.parseTimestamp(field)
    }

    /// Java's `Long.parseLong`: an optional sign and ASCII digits, nothing else.
    static func javaInteger(_ s: String) -> Int64? {
        var utf8 = Substring(s).utf8[...]
        guard let first = utf8.first else { return nil }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            utf8 = utf8.dropFirst()
            guard !utf8.isEmpty else { return nil }
        }
        guard utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int64(s.hasPrefix("+") ? String(s.dropFirst()) : s)
    }
}
