/// Java's `String.format` as `format_string` / `printf` use it: `%[index$][flags][width][.precision]conversion`
/// with conversions s S d x X o e E f b c % n and flags `-#+ 0,(`.
enum JavaFormatter {
    static func format(_ pattern: String, _ args: [Value], _ types: [DataType]) throws -> String {
        var out = ""
        var chars = Array(pattern)
        var i = 0
        var nextArg = 0
        chars.append("\0")
        while i < chars.count - 1 {
            let ch = chars[i]
            if ch != "%" { out.append(ch); i += 1; continue }
            i += 1
            // Argument index, flags, width, precision.
            var spec = ""
            while i < chars.count - 1, "0123456789$-#+ ,(.".contains(chars[i]) { spec.append(chars[i]); i += 1 }
            let conversion = chars[i]
            i += 1
            var argIndex: Int?
            if let dollar = spec.firstIndex(of: "$") {
                argIndex = Int(spec[..<dollar]).map { $0 - 1 }
                spec = String(spec[spec.index(after: dollar)...])
            }
            var flags = ""
            while let f = spec.first, "-#+ 0,(".contains(f) {
                flags.append(f)
                spec.removeFirst()
            }
            let pieces = spec.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let width = Int(pieces.first ?? "") ?? 0
            try checkResultLength(width + (pieces.count > 1 ? Int(pieces[1]) ?? 0 : 0), "format_string")
            let precision = pieces.count > 1 ? Int(pieces[1]) : nil
            switch conversion {
            case "%": out += justify("%", width, flags); continue
            case "n": out += "\n"; continue
            default: break
            }
            let index = argIndex ?? nextArg
            if argIndex == nil { nextArg += 1 }
            guard index >= 0, index < args.count else {
                throw formatError("Format specifier '%\(spec)\(conversion)'")
            }
            let value = args[index], type = index < types.count ? types[index] : .null
            out += try convert(value, type, conversion, flags: flags, width: width, precision: precision)
        }
        return out
    }

    /// Java's `IllegalFormatException`s, which reach PySpark as a plain `IllegalArgumentException`.
    static func formatError(_ message: String) -> SparkError {
        SparkError("IllegalArgumentException", message)
    }

    static func convert(_ v: Value, _ type: DataType, _ conversion: Character, flags: String, width: Int, precision: Int?) throws -> String {
        let javaType: String = switch type {
        case .string: "org.apache.spark.unsafe.types.UTF8String"
        case .decimal: "org.apache.spark.sql.types.Decimal"
        case .double: "java.lang.Double"
        case .float: "java.lang.Float"
        case .long: "java.lang.Long"
        case .int: "java.lang.Integer"
        case .boolean: "java.lang.Boolean"
        default: "java.lang.Object"
        }
        func mismatch() -> SparkError {
            formatError("\(conversion) != \(javaType)")
        }
        switch conversion {
        case "s", "S":
            var s = v.isNull ? "null" : Cast.castToString(v, type)
            if let precision { s = String(s.prefix(precision)) }
            if conversion == "S" { s = s.uppercased() }
            return justify(s, width, flags)
        case "b", "B":
            let s: String = switch v { case .null: "false"; case .bool(let b): b ? "true" : "false"; default: "true" }
            return justify(conversion == "B" ? s.uppercased() : s, width, flags)
        case "c":
            if v.isNull { return justify(nullText(conversion, precision), width, flags) }
            guard case .int(let code) = v, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: code)) else { throw mismatch() }
            return justify(String(Character(scalar)), width, flags)
        case "d":
            if v.isNull { return justify(nullText(conversion, precision), width, flags) }
            guard case .int(let n) = v else { throw mismatch() }
            return number(n < 0 ? "-" : "", String(n.magnitude), width: width, flags: flags)
        case "x", "X", "o":
            if v.isNull { return justify(nullText(conversion, precision), width, flags) }
            guard case .int(let n) = v else { throw mismatch() }
            let bits: UInt64 = type == .long ? UInt64(bitPattern: n) : UInt64(UInt32(truncatingIfNeeded: n))
            var s = String(bits, radix: conversion == "o" ? 8 : 16)
            if flags.contains("#") { s = (conversion == "o" ? "0" : "0x") + s }
            if conversion == "X" { s = s.uppercased() }
            return flags.contains("0") && !flags.contains("-") ? s.leftPadded(width) : justify(s, width, flags)
        case "f", "e", "E":
            if v.isNull { return justify(nullText(conversion, precision), width, flags) }
            // Spark hands the formatter its own Decimal class, which Java's %f does not take.
            guard let d = v.doubleValue, type != .string, !type.isIntegral, !type.isDecimal else { throw mismatch() }
            if d.isNaN || d.isInfinite {
                return justify(d.isNaN ? "NaN" : (d < 0 ? (flags.contains("(") ? "(Infinity)" : "-Infinity") : (flags.contains("+") ? "+Infinity" : "Infinity")), width, flags)
            }
            let digits = precision ?? 6
            let magnitude: String
            if conversion == "f" {
                magnitude = fixed(abs(d), v, digits)
            } else {
                magnitude = scientific(abs(d), digits, upper: conversion == "E")
            }
            let negative = d < 0 || (d == 0 && d.sign == .minus)
            let parts = magnitude.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let fraction = parts.count > 1 ? "." + parts[1] : ""
            return number(negative ? "-" : "", String(parts[0]), fraction: fraction, width: width, flags: flags)
        default:
            throw formatError("Conversion = '\(conversion)'")
        }
    }

    /// What Java prints for a null argument: "null", cut to the precision (`%.3f` gives "nul") and upper-cased
    /// for an upper-case conversion (`%X` gives "NULL").
    static func nullText(_ conversion: Character, _ precision: Int?) -> String {
        var s = "null"
        if let precision { s = String(s.prefix(precision)) }
        return conversion.isUppercase ? s.uppercased() : s
    }

    /// Java rounds HALF_UP from the shortest decimal form of the double (`%.2f` of 2.675 is 2.68).
    static func fixed(_ d: Double, _ original: Value, _ digits: Int) -> String {
        if case .decimal(let u, let s) = original {
            return Decimal128.format(Decimal128.rescale(u.magnitude == u ? u : -u, from: s, to: digits) ?? 0, scale: digits)
        }
        guard let parsed = PlainDecimal(parsing: "\(d)"), let unscaled = parsed.unscaled(atScale: digits) else {
            return String(format: "%.\(digits)f", d)
        }
        return Decimal128.format(unscaled, scale: digits)
    }

    static func scientific(_ d: Double, _ digits: Int, upper: Bool) -> String {
        var s = String(format: "%.\(digits)e", d)
        if upper { s = s.uppercased() }
        return s
    }

    /// Sign, grouping, zero padding and parentheses for numbers.
    static func number(_ sign: String, _ integer: String, fraction: String = "", width: Int, flags: String) -> String {
        var body = integer
        if flags.contains(",") {
            var grouped = ""
            for (i, ch) in integer.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            body = String(grouped.reversed())
        }
        body += fraction
        var prefix = sign, suffix = ""
        if sign == "-" && flags.contains("(") { prefix = "("; suffix = ")" }
        else if sign.isEmpty && flags.contains("+") { prefix = "+" }
        else if sign.isEmpty && flags.contains(" ") { prefix = " " }
        if flags.contains("0") && !flags.contains("-") {
            let missing = width - prefix.count - body.count - suffix.count
            if missing > 0 { body = String(repeating: "0", count: missing) + body }
        }
        return justify(prefix + body + suffix, width, flags)
    }

    static func justify(_ s: String, _ width: Int, _ flags: String) -> String {
        let missing = width - s.count
        if missing <= 0 { return s }
        let fill = String(repeating: " ", count: missing)
        return flags.contains("-") ? s + fill : fill + s
    }
}
