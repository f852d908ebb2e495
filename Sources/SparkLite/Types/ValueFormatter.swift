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
        case .interval(let micros): return intervalString(micros)
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

    /// `INTERVAL '1 02:03:04' DAY TO SECOND`.
    public static func intervalString(_ micros: Int64) -> String {
        let negative = micros < 0
        var rest = micros.magnitude
        let days = rest / 86_400_000_000; rest %= 86_400_000_000
        let h = rest / 3_600_000_000; rest %= 3_600_000_000
        let m = rest / 60_000_000; rest %= 60_000_000
        let s = rest / 1_000_000
        let f = rest % 1_000_000
        var secs = String(s).leftPadded(2)
        if f != 0 {
            var frac = String(f).leftPadded(6)
            while frac.hasSuffix("0") { frac.removeLast() }
            secs += "." + frac
        }
        return "INTERVAL '\(negative ? "-" : "")\(days) \(String(h).leftPadded(2)):\(String(m).leftPadded(2)):\(secs)' DAY TO SECOND"
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
