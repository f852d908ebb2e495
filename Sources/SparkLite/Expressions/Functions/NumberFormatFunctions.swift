/// `to_number` / `try_to_number` (text to DECIMAL by a format such as `$9,999.99`) and the numeric form of
/// `to_char` / `to_varchar` (a number to text by such a format; a date or timestamp goes to `date_format`).
let numberFormatFunctionBuilders: [FunctionBuilder] =
    scalar("to_number", "try_to_number") { c, _ throws(SparkError) in
        try c.arity(2)
        guard case .string(let text)? = c.literal(1) else { throw c.unexpectedType(1, required: "\"STRING\" (a constant format)") }
        let format = try NumberFormat(text)
        let tolerant = c.name == "try_to_number"
        return c.make([try c.string(0), c[1]], format.resultType, nullable: true) { v in
            guard case .string(let s) = v[0] else { return .null }
            if let unscaled = format.parse(s) { return .decimal(unscaled, scale: format.fractionDigits) }
            if tolerant { return .null }
            throw SparkError("INVALID_FORMAT.MISMATCH_INPUT", "The format is invalid: \(text). The input \"STRING\" \(s) does not match the format.", sqlState: "42601")
        }
    }
    + scalar("to_char", "to_varchar") { c, _ throws(SparkError) in
        try c.arity(2)
        let t = c[0].dataType
        if t == .date || t == .timestamp {
            let pattern = try constantPattern(c, 1)
            return c.make([try timestampArg(c, 0), try c.string(1)], .string) { v in
                guard case .timestamp(let micros) = v[0] else { return .null }
                return .string(try (pattern ?? DateTimePattern(text(v[1]))).format(micros: micros))
            }
        }
        guard t.isNumeric else { throw c.unexpectedType(0, required: "\"DECIMAL\"") }
        guard case .string(let text)? = c.literal(1) else { throw c.unexpectedType(1, required: "\"STRING\" (a constant format)") }
        let format = try NumberFormat(text)
        let decimalType = t.isDecimal ? t : (t.isIntegral ? t.asDecimal ?? .decimal(precision: 38, scale: 18) : .decimal(precision: 38, scale: 18))
        return c.make([try c.coerce(0, to: decimalType), c[1]], .string) { v in
            guard case .decimal(let unscaled, let scale) = v[0] else { return .null }
            return .string(format.format(unscaled, scale: scale))
        }
    }

/// A parsed number format: digit positions (`0` or `9`) with grouping separators (`,` or `G`), a decimal
/// point (`.` or `D`), an optional `$`, and a sign: `S` first or last, `MI` last, or `PR` (angle brackets).
struct NumberFormat: Sendable {
    enum Sign: Sendable { case none, leading, trailing, minus, brackets }

    /// The integer part's characters: digits `0`/`9` and `,`.
    var integerPart: [Character] = []
    var fractionDigits = 0
    var hasPoint = false
    var dollar = false
    var sign = Sign.none
    let text: String

    init(_ format: String) throws(SparkError) {
        text = format
        var chars = Array(format.uppercased())[...]
        if chars.first == "S" { sign = .leading; chars = chars.dropFirst() }
        if chars.last == "S", sign == .none { sign = .trailing; chars = chars.dropLast() }
        else if chars.suffix(2) == ["M", "I"] { sign = .minus; chars = chars.dropLast(2) }
        else if chars.suffix(2) == ["P", "R"] { sign = .brackets; chars = chars.dropLast(2) }
        if chars.first == "$" { dollar = true; chars = chars.dropFirst() }
        for ch in chars {
            switch ch {
            case "0", "9":
                if hasPoint { fractionDigits += 1 } else { integerPart.append(ch) }
            case ",", "G":
                guard !hasPoint else { throw NumberFormat.invalid(format) }
                integerPart.append(",")
            case ".", "D":
                guard !hasPoint else { throw NumberFormat.invalid(format) }
                hasPoint = true
            default:
                throw NumberFormat.invalid(format)
            }
        }
        guard integerDigits + fractionDigits > 0 else { throw NumberFormat.invalid(format) }
    }

    static func invalid(_ format: String) -> SparkError {
        SparkError("INVALID_FORMAT.WRONG_NUM_DIGIT", "The format is invalid: '\(format)'. The format string requires at least one number digit.", sqlState: "42601")
    }

    var integerDigits: Int { integerPart.filter { $0 != "," }.count }

    var resultType: DataType { .decimal(precision: max(1, integerDigits + fractionDigits), scale: fractionDigits) }

    /// The unscaled value at `fractionDigits`, or nil when the text does not match.
    func parse(_ input: String) -> Int128? {
        var s = Substring(input)
        var negative = false
        switch sign {
        case .leading:
            if let f = s.first, f == "+" || f == "-" { negative = f == "-"; s = s.dropFirst() }
        case .trailing:
            if let l = s.last, l == "+" || l == "-" { negative = l == "-"; s = s.dropLast() }
        case .minus:
            if s.last == "-" { negative = true; s = s.dropLast() }
        case .brackets:
            if s.first == "<" {
                guard s.last == ">" else { return nil }
                negative = true
                s = s.dropFirst().dropLast()
            }
        case .none: break
        }
        if dollar {
            guard s.first == "$" else { return nil }
            s = s.dropFirst()
        }
        let pieces = s.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, pieces.count == 1 || hasPoint else { return nil }
        let integer = pieces[0], fraction = pieces.count == 2 ? pieces[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigit), fraction.count <= fractionDigits else { return nil }
        // Spark takes grouping separators anywhere among the digits when the format has one.
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), groups.count == 1 || integerPart.contains(",") else { return nil }
        let digits = groups.joined()
        guard digits.count + fraction.count > 0, digits.count <= integerDigits else { return nil }
        if integerPart.first == "0", digits.count != integerDigits { return nil }
        var value: Int128 = 0
        for ch in digits + fraction + String(repeating: "0", count: fractionDigits - fraction.count) {
            value = value * 10 + Int128(ch.wholeNumberValue ?? 0)
        }
        return negative ? -value : value
    }

    /// The number in the format; every digit position is `#` when it does not fit.
    func format(_ unscaled: Int128, scale: Int) -> String {
        let negative = unscaled < 0
        var digits = String(unscaled.magnitude)
        if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
        var integer = String(digits.dropLast(scale))
        var fraction = String(digits.suffix(scale))
        while fraction.count > fractionDigits, fraction.last == "0" { fraction.removeLast() }
        if integer.count > 1, integer.first == "0" { integer = String(integer.drop { $0 == "0" }) }
        guard integer.count <= integerDigits || (integer == "0" && integerDigits == 0), fraction.count <= fractionDigits else {
            return overflow
        }
        if integerDigits == 0 { integer = "" }
        fraction += String(repeating: "0", count: fractionDigits - fraction.count)
        // Integer positions right to left; positions left of the number pad with spaces, or zeros after a leading 0.
        let padWithZero = integerPart.first == "0"
        var out: [Character] = []
        var remaining = Array(integer)
        var padding = 0
        for ch in integerPart.reversed() {
            if ch == "," {
                if remaining.isEmpty && !padWithZero { out.append(" "); padding += 1 } else { out.append(",") }
            } else if let d = remaining.popLast() {
                out.append(d)
            } else {
                out.append(padWithZero ? "0" : " ")
                if !padWithZero { padding += 1 }
            }
        }
        var body = String(out.reversed())
        let leadingSpaces = String(body.prefix(padding))
        body = String(body.dropFirst(padding))
        if hasPoint { body += "." + fraction }
        if dollar { body = "$" + body }
        switch sign {
        case .leading: body = (negative ? "-" : "+") + body
        case .trailing: body += negative ? "-" : "+"
        case .minus: body += negative ? "-" : " "
        case .brackets: body = negative ? "<\(body)>" : "\(body)  "
        case .none: break
        }
        return leadingSpaces + body
    }

    private var overflow: String {
        var out = dollar ? "$" : ""
        out += integerPart.map { $0 == "," ? "," : "#" }
        if hasPoint { out += "." + String(repeating: "#", count: fractionDigits) }
        return out
    }
}
