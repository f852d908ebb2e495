/// How Spark prints values: `df.show()` cells, `Row` reprs, explain literals.
public enum ValueFormatter {
    /// Java's `Double.toString`: `1.0`, `0.001`, `1.0E7`, `1.234E-5`, `NaN`, `Infinity`.
    public static func javaDouble(_ d: Double, isFloat: Bool = false) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, exponent) = shortestDigits(isFloat ? Float(d).description : d.description)
        let sign = negative ? "-" : ""
        let magnitude = abs(d)
        if magnitude >= 1e-3 && magnitude < 1e7 {
            // exponent: position of the decimal point relative to the digits' start.
            if exponent <= 0 {
                return sign + "0." + String(repeating: "0", count: -exponent) + digits
            }
            if exponent >= digits.count {
                return sign + digits + String(repeating: "0", count: exponent - digits.count) + ".0"
            }
            let cut = digits.index(digits.startIndex, offsetBy: exponent)
            return sign + digits[..<cut] + "." + digits[cut...]
        }
        let first = digits.prefix(1)
        let rest = digits.dropFirst()
        return sign + first + "." + (rest.isEmpty ? "0" : rest) + "E" + String(exponent - 1)
    }

    /// Splits Swift's shortest round-trip text into sign, significant digits and decimal exponent
    /// such that value = 0.DIGITS × 10^exponent.
    static func shortestDigits(_ text: String) -> (Bool, String, Int) {
        var s = Substring(text)
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() }
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(s[s.index(after: e)...]) ?? 0
            s = s[..<e]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        let fracPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = intPart + fracPart
        var pointPos = intPart.count + exp
        while digits.first == "0" && digits.count > 1 { digits.removeFirst(); pointPos -= 1 }
        while digits.last == "0" && digits.count > 1 { digits.removeLast() }
        return (negative, digits, pointPos)
    }

    /// A value as `df.show()` prints it in a cell.
    public static func showString(_ v: Value, _ t: DataType) -> String {
        switch v {
        case .null: return "NULL"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return javaDouble(d, isFloat: t == .float)
        case .decimal(let u, let s): return Decimal128.format(u, scale: s)
        case .string(let s): return s
        case .binary(let b): return "[" + b.map { String($0, radix: 16, uppercase: true).leftPadded(2) }.joined(separator: " ") + "]"
        case .date(let d): return DateTimeUtils.formatDate(d)
        case .timestamp(let ts): return DateTimeUtils.formatTimestamp(ts)
        case .interval(let value): return intervalString(value, t)
        case .array(let items):
            let et: DataType = if case .array(let e, _) = t { e } else { .null }
            return "[" + items.map { showString($0, et) }.joined(separator: ", ") + "]"
        case .map(let entries):
            var kt: DataType = .null, vt: DataType = .null
            if case .map(let k, let vv, _) = t { kt = k; vt = vv }
            return "{" + entries.map { "\(showString($0.key, kt)) -> \(showString($0.value, vt))" }.joined(separator: ", ") + "}"
        case .struct(let fields):
            let types: [DataType] = if case .struct(let fs) = t { fs.map(\.dataType) } else { [] }
            return "{" + fields.enumerated().map { i, f in showString(f, i < types.count ? types[i] : .null) }.joined(separator: ", ") + "}"
        }
    }

    /// An ANSI interval value as Spark prints it, shaped by the type's fields: `INTERVAL '30' DAY`,
    /// `INTERVAL '1 02:03:04.5' DAY TO SECOND`, `INTERVAL '90' MINUTE`, `INTERVAL '1-2' YEAR TO MONTH`.
    /// `value` is in microseconds for a day-time type and in months for a year-month type.
    /// `padLeadingField: false` writes a leading HOUR, MINUTE or SECOND field without its zero padding.
    public static func intervalString(_ value: Int64, _ type: DataType, padLeadingField: Bool = true) -> String {
        switch type {
        case .yearMonthInterval(let start, let end):
            return "INTERVAL '\(yearMonthFields(value, start: start, end: end))' \(fieldsSuffix(start, end))"
        case .dayTimeInterval(let start, let end):
            return "INTERVAL '\(dayTimeFields(value, start: start, end: end, padLeadingField: padLeadingField))' \(fieldsSuffix(start, end))"
        default:
            return intervalString(value, .dayToSecondInterval, padLeadingField: padLeadingField)
        }
    }

    private static func fieldsSuffix(_ start: IntervalField, _ end: IntervalField) -> String {
        start == end ? start.name.uppercased() : "\(start.name.uppercased()) TO \(end.name.uppercased())"
    }

    private static func yearMonthFields(_ months: Int64, start: IntervalField, end: IntervalField) -> String {
        let sign = months < 0 ? "-" : ""
        let m = months.magnitude
        if start == .month { return sign + String(m) }
        return sign + String(m / 12) + (end == .month ? "-\(m % 12)" : "")
    }

    /// The leading field holds the whole remaining amount (`'26' HOUR`); later fields are zero-padded
    /// parts of it; fields after `end` are not shown.
    private static func dayTimeFields(_ micros: Int64, start: IntervalField, end: IntervalField, padLeadingField: Bool) -> String {
        let units: [(IntervalField, UInt64)] = [
            (.day, 86_400_000_000), (.hour, 3_600_000_000), (.minute, 60_000_000), (.second, 1_000_000),
        ]
        var rest = micros.magnitude
        var text = micros < 0 ? "-" : ""
        for (field, per) in units where field >= start && field <= end {
            let separator = field == start ? "" : (field == .hour ? " " : ":")
            let padded = field != start || padLeadingField
            if field == .second {
                text += separator + seconds(rest, padded: padded)
            } else {
                let amount = String(rest / per)
                text += separator + (field == .day || !padded ? amount : amount.leftPadded(2))
                rest %= per
            }
        }
        return text
    }

    /// Seconds with their fraction, trailing zeros dropped, at least two integer digits: `05.5`, `00`, `5400`.
    private static func seconds(_ micros: UInt64, padded: Bool) -> String {
        var text = String(micros / 1_000_000).leftPadded(padded ? 2 : 1)
        let fraction = micros % 1_000_000
        if fraction != 0 {
            var digits = String(fraction).leftPadded(6)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
