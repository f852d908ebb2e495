/// Arithmetic on decimals stored as an unscaled `Int128` and a scale, with Spark's HALF_UP rounding.
public enum Decimal128 {
    /// 10^n for n in 0...38.
    static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers.last! * 10) }
        return powers
    }()

    public static func pow10(_ n: Int) -> Int128 { powersOfTen[max(0, min(38, n))] }

    /// The largest unscaled value a decimal of this precision can hold.
    public static func maxUnscaled(precision: Int) -> Int128 { pow10(precision) - 1 }

    /// Rescales to `newScale`, rounding HALF_UP when digits are dropped. Nil on overflow of 38 digits.
    public static func rescale(_ value: Int128, from scale: Int, to newScale: Int) -> Int128? {
        if newScale == scale { return value }
        if newScale > scale {
            let (r, o) = value.multipliedReportingOverflow(by: pow10(newScale - scale))
            return o ? nil : r
        }
        let divisor = pow10(scale - newScale)
        let q = value / divisor
        let rem = value % divisor
        if rem.magnitude * 2 >= divisor.magnitude {
            return value < 0 ? q - 1 : q + 1
        }
        return q
    }

    /// Whether the unscaled value fits the precision.
    public static func fits(_ value: Int128, precision: Int) -> Bool {
        value.magnitude <= maxUnscaled(precision: precision).magnitude
    }

    public static func compare(_ a: Int128, _ sa: Int, _ b: Int128, _ sb: Int) -> Int {
        let scale = max(sa, sb)
        guard let x = rescale(a, from: sa, to: scale), let y = rescale(b, from: sb, to: scale) else {
            let da = Double(a) / Double(pow10(sa)), db = Double(b) / Double(pow10(sb))
            return da < db ? -1 : (da > db ? 1 : 0)
        }
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    /// Drops trailing zeros, so equal values hash alike whatever their scale.
    public static func normalize(_ value: Int128, _ scale: Int) -> (Int128, Int) {
        var v = value, s = scale
        while s > 0 && v % 10 == 0 { v /= 10; s -= 1 }
        return (v, s)
    }

    /// Spark's plain string form: `12.50` for 1250 at scale 2.
    public static func format(_ value: Int128, scale: Int) -> String {
        let negative = value < 0
        var digits = String(value.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            let cut = digits.index(digits.endIndex, offsetBy: -scale)
            digits = digits[..<cut] + "." + digits[cut...]
        }
        return negative ? "-" + digits : digits
    }

    /// Parses `-12.345`, `1e3` and the like into the given scale (HALF_UP); nil when not a number.
    public static func parse(_ text: String, scale: Int) -> Int128? {
        var s = Substring(text.trimmingWhitespace())
        guard !s.isEmpty else { return nil }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let exp = Int(s[s.index(after: e)...]) else { return nil }
            exponent = exp
            s = s[..<e]
        }
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let intPart = parts[0], fracPart = parts.count == 2 ? parts[1] : ""
        guard !(intPart.isEmpty && fracPart.isEmpty),
              intPart.allSatisfy(\.isASCIIDigit), fracPart.allSatisfy(\.isASCIIDigit) else { return nil }
        let all = String(intPart + fracPart).drop(while: { $0 == "0" })
        guard all.count <= 38 + fracPart.count else { return nil }
        var unscaled: Int128 = 0
        for c in all {
            let (m, o1) = unscaled.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int128(c.asciiValue! - 48))
            if o1 || o2 { return nil }
            unscaled = a
        }
        let currentScale = fracPart.count - exponent
        let result: Int128?
        if currentScale < 0 {
            result = rescale(unscaled, from: 0, to: -currentScale)
        } else {
            result = rescale(unscaled, from: currentScale, to: scale)
        }
        guard var r = result else { return nil }
        if currentScale < 0 { guard let x = rescale(r, from: 0, to: scale) else { return nil }; r = x }
        return negative ? -r : r
    }

    /// From a double, HALF_UP at the given scale (via its shortest decimal string, as Spark's BigDecimal does).
    public static func fromDouble(_ d: Double, scale: Int) -> Int128? {
        guard d.isFinite else { return nil }
        return parse("\(d)", scale: scale)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
