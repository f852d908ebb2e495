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

    /// `parse` for the bytes of an unquoted field, straight into a column builder: integers, plain decimals
    /// and `yyyy-MM-dd` dates are read without making a string or a `Value`; anything else goes through
    /// the string path. A malformed field appends null and returns false.
    func append(bytes field: UnsafeBufferPointer<UInt8>, as type: DataType, to builder: inout ColumnVectorBuilder) -> Bool {
        if field.isEmpty || (!options.nullValue.isEmpty && field.elementsEqual(options.nullValue.utf8)) {
            builder.appendNull()
            return true
        }
        switch type {
        case .byte, .short, .int, .long:
            let (lo, hi) = Cast.integralBounds(type)
            guard let i = Self.javaInteger(field), i >= lo && i <= hi else {
                builder.appendNull()
                return false
            }
            builder.append(word: i)
            return true
        case .double where field.count < 64 && field.allSatisfy(Self.isPlainNumberByte):
            if let d = Self.plainDouble(field) { builder.append(double: d); return true }
        case .decimal(let p, let s):
            if let d = Self.plainDecimal(field, precision: p, scale: s) { builder.append(unscaled: d); return true }
        case .date where datePattern == nil:
            if let d = Self.isoDate(field) { builder.append(word: Int64(d)); return true }
        case .string:
            builder.append(string: String(decoding: field, as: UTF8.self))
            return true
        default:
            break
        }
        do {
            builder.append(try parse(String(decoding: field, as: UTF8.self), as: type))
            return true
        } catch {
            builder.appendNull()
            return false
        }
    }

    private static func isPlainNumberByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || b == 46 || b == 43 || b == 45 || b == 101 || b == 69
    }

    /// A decimal number in C's syntax, which for digits, sign, point and exponent is Java's too.
    private static func plainDouble(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        if let d = shortDecimalDouble(field) { return d }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: field.count + 1) { buffer in
            for i in 0..<field.count { buffer[i] = CChar(bitPattern: field[i]) }
            buffer[field.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let d = strtod(buffer.baseAddress!, &end)
            return end == buffer.baseAddress! + field.count ? d : nil
        }
    }

    /// `[-]digits[.digits]` with at most 15 digits, as a double: the digits and the power of ten are both exact
    /// doubles, so one division rounds correctly and gives what `strtod` gives. Nil for anything else.
    private static let powersOfTen: [Double] = (0...15).map { pow(10, Double($0)) }
    static func shortDecimalDouble(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let negative = field.first == 45
        if negative { i = 1 }
        var mantissa: Int64 = 0, digits = 0, fractionDigits = 0, sawPoint = false
        while i < field.count {
            let b = field[i]
            if b >= 48 && b <= 57 {
                if digits == 15 { return nil }
                mantissa = mantissa * 10 + Int64(b - 48)
                digits += 1
                if sawPoint { fractionDigits += 1 }
            } else if b == 46 && !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let d = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -d : d
    }

    /// `[-+]digits[.digits]` with no more fraction digits than `scale` and room in `precision`, as an unscaled
    /// value; anything else (rounding, exponents, grouping commas) takes the string path.
    private static func plainDecimal(_ field: UnsafeBufferPointer<UInt8>, precision: Int, scale: Int) -> Int128? {
        var i = 0
        let negative = field[0] == 45
        if negative || field[0] == 43 { i = 1 }
        // Digits gather in 64 bits while they fit (18 of them), as most fields do, then in 128.
        var small: Int64 = 0
        var wide: Int128 = 0
        var significantDigits = 0, fractionDigits = 0, sawPoint = false, sawDigit = false
        while i < field.count {
            let b = field[i]
            if b == 46 && !sawPoint {
                sawPoint = true
            } else if b >= 48 && b <= 57 {
                sawDigit = true
                if sawPoint { fractionDigits += 1 }
                if small != 0 || significantDigits > 0 || b != 48 { significantDigits += 1 }
                if significantDigits <= 18 {
                    small = small * 10 + Int64(b - 48)
                } else {
                    guard significantDigits <= 38 else { return nil }
                    if significantDigits == 19 { wide = Int128(small) }
                    wide = wide * 10 + Int128(b - 48)
                }
            } else {
                return nil
            }
            i += 1
        }
        guard sawDigit, fractionDigits <= scale else { return nil }
        // The unscaled value has the significant digits and a zero for each missing fraction digit; it fits
        // the precision when there are at most `precision` of them.
        let padding = scale - fractionDigits
        guard significantDigits == 0 || significantDigits + padding <= precision else { return nil }
        if significantDigits + padding <= 18 {
            var unscaled = small
            for _ in 0..<padding { unscaled *= 10 }
            return Int128(negative ? -unscaled : unscaled)
        }
        var unscaled = significantDigits <= 18 ? Int128(small) : wide
        for _ in 0..<padding { unscaled *= 10 }
        return negative ? -unscaled : unscaled
    }

    /// Exactly `yyyy-MM-dd`; other shapes Spark accepts (`2024-1-5`, a time after the date) take the string path.
    private static func isoDate(_ field: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard field.count == 10, field[4] == 45, field[7] == 45 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard field[i] >= 48 && field[i] <= 57 else { return nil }
                n = n * 10 + Int(field[i] - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        guard (1...12).contains(m), d >= 1, d <= DateTimeUtils.daysInMonth(year: y, month: m) else { return nil }
        return DateTimeUtils.days(year: y, month: m, day: d)
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
        var s = s
        return s.withUTF8 { javaInteger($0) }
    }

    static func javaInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let first = bytes.first else { return nil }
        let negative = first == UInt8(ascii: "-")
        let digits = first == UInt8(ascii: "+") || negative ? bytes.dropFirst() : bytes[...]
        guard !digits.isEmpty else { return nil }
        // Accumulated negatively so that Int64.min parses.
        var value: Int64 = 0
        for b in digits {
            guard b >= 48 && b <= 57 else { return nil }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.subtractingReportingOverflow(Int64(b - 48))
            guard !o1 && !o2 else { return nil }
            value = next
        }
        if negative { return value }
        return value == .min ? nil : -value
    }
}
