import Foundation

/// Literals as Spark types them: `1` int, `1L` bigint, `1.5` DECIMAL(2,1), `1e3` double, typed
/// literals (`DATE '2025-01-01'`), and ANSI intervals.
extension SQLParser {
    func isNumberToken(_ token: SQLToken) -> Bool {
        switch token.kind {
        case .integer, .decimal, .exponent, .bigintLiteral, .smallintLiteral, .tinyintLiteral, .doubleLiteral,
             .floatLiteral, .bigDecimalLiteral: true
        default: false
        }
    }

    /// `'a' 'b'` is one literal `ab`, as in Spark.
    mutating func stringLiteral() -> Expression {
        var value = ""
        while current.kind == .string {
            value += current.value
            advance()
        }
        return .literal(.string(value), .string)
    }

    mutating func numericLiteral(negative: Bool, start: SQLToken) throws(SparkError) -> Expression {
        let token = current
        advance()
        let digits = (negative ? "-" : "") + token.value
        func outOfRange(_ type: String, _ min: String, _ max: String) -> SparkError {
            fragmentError(
                "INVALID_NUMERIC_LITERAL_RANGE",
                "Numeric literal \(digits) is outside the valid range for \(type) with minimum value of \(min) and maximum value of \(max). Please adjust the value accordingly.",
                sqlState: "22003", from: start, to: token)
        }
        switch token.kind {
        case .integer:
            if let v = Int32(digits) { return .literal(.int(Int64(v)), .int) }
            if let v = Int64(digits) { return .literal(.int(v), .long) }
            return try decimalLiteral(digits, start: start, end: token)
        case .bigintLiteral:
            guard let v = Int64(digits) else { throw outOfRange("bigint", "\(Int64.min)", "\(Int64.max)") }
            return .literal(.int(v), .long)
        case .smallintLiteral:
            guard let v = Int16(digits) else { throw outOfRange("smallint", "\(Int16.min)", "\(Int16.max)") }
            return .literal(.int(Int64(v)), .short)
        case .tinyintLiteral:
            guard let v = Int8(digits) else { throw outOfRange("tinyint", "\(Int8.min)", "\(Int8.max)") }
            return .literal(.int(Int64(v)), .byte)
        case .exponent, .doubleLiteral:
            guard let v = Double(digits), v.isFinite else { throw outOfRange("double", "\(-Double.greatestFiniteMagnitude)", "\(Double.greatestFiniteMagnitude)") }
            return .literal(.double(v), .double)
        case .floatLiteral:
            guard let v = Float(digits), v.isFinite else { throw outOfRange("float", "\(-Float.greatestFiniteMagnitude)", "\(Float.greatestFiniteMagnitude)") }
            return .literal(.double(Double(v)), .float)
        case .decimal, .bigDecimalLiteral:
            return try decimalLiteral(digits, start: start, end: token)
        default:
            throw syntaxError(at: token)
        }
    }

    /// A decimal literal typed like Java's `BigDecimal`: precision = significant digits, scale = digits
    /// after the point (`1.5` → DECIMAL(2,1), `0.01` → DECIMAL(2,2)).
    private func decimalLiteral(_ text: String, start: SQLToken, end: SQLToken) throws(SparkError) -> Expression {
        var mantissa = text
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(mantissa[mantissa.index(after: e)...]) ?? 0
            mantissa = String(mantissa[..<e])
        }
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        var scale = 0
        if let dot = mantissa.firstIndex(of: ".") {
            scale = mantissa.distance(from: dot, to: mantissa.endIndex) - 1
            mantissa.remove(at: dot)
        }
        scale -= exponent
        var unscaledDigits = String(mantissa.drop(while: { $0 == "0" }))
        if scale < 0 {
            // Spark keeps a negative scale only under a legacy flag; the value is rescaled to scale 0.
            unscaledDigits += String(repeating: "0", count: -scale)
            scale = 0
        }
        let precision = max(unscaledDigits.count, 1, scale)
        guard precision <= DataType.maxDecimalPrecision, let unscaled = Int128(unscaledDigits.isEmpty ? "0" : unscaledDigits) else {
            throw fragmentError(
                "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION",
                "Decimal precision \(precision) exceeds max precision \(DataType.maxDecimalPrecision).",
                sqlState: "22003", from: start, to: end)
        }
        return .literal(.decimal(negative ? -unscaled : unscaled, scale: scale), .decimal(precision: precision, scale: scale))
    }

    /// `DATE '…'`, `TIMESTAMP '…'`, `X'…'`.
    mutating func typedLiteral() throws(SparkError) -> Expression {
        let typeToken = current
        advance()
        var value = ""
        while current.kind == .string {
            value += current.value
            advance()
        }
        let endToken = tokens[pos - 1]
        let invalid = fragmentError(
            "INVALID_TYPED_LITERAL",
            "The value of the typed literal \"\(typeToken.keyword)\" is invalid: '\(value)'.",
            sqlState: "42604", from: typeToken, to: endToken)
        switch typeToken.keyword {
        case "DATE":
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            // `DATE 'epoch'`, `DATE 'today'`: the special values a typed literal reads.
            if let days = DateTimeUtils.parseDate(trimmed) { return .literal(.date(days), .date) }
            guard case .date(let days)? = SpecialDatetimeValues.value(trimmed, .date) else { throw invalid }
            return .literal(.date(days), .date)
        case "X":
            var bytes: [UInt8] = []
            var chars = Array(value)
            if chars.count % 2 == 1 { chars.insert("0", at: 0) }
            var i = 0
            while i < chars.count {
                guard let b = UInt8(String(chars[i...i + 1]), radix: 16) else { throw invalid }
                bytes.append(b)
                i += 2
            }
            return .literal(.binary(bytes), .binary)
        default:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if let micros = DateTimeUtils.parseTimestamp(trimmed) { return .literal(.timestamp(micros), .timestamp) }
            guard typeToken.keyword == "TIMESTAMP", case .timestamp(let micros)? = SpecialDatetimeValues.value(trimmed, .timestamp) else { throw invalid }
            return .literal(.timestamp(micros), .timestamp)
        }
    }

    private static let microsPerUnit: [String: Int64] = [
        "WEEK": 7 * 86_400_000_000, "DAY": 86_400_000_000, "HOUR": 3_600_000_000, "MINUTE": 60_000_000,
        "SECOND": 1_000_000, "MILLISECOND": 1000, "MICROSECOND": 1,
    ]

    /// A unit value Spark reads as a number: an optional sign, digits, an optional fraction.
    static func isIntervalNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func intervalUnit(_ word: String) -> String? {
        let upper = word.uppercased()
        let singular = upper.hasSuffix("S") ? String(upper.dropLast()) : upper
        if microsPerUnit[singular] != nil || singular == "YEAR" || singular == "MONTH" || singular == "NANOSECOND" {
            return singular
        }
        return nil
    }

    /// The interval type field a unit word sets: a week is counted in days, milli- and microseconds in seconds.
    private static func intervalField(_ unit: String) -> IntervalField? {
        switch unit {
        case "WEEK": .day
        case "MILLISECOND", "MICROSECOND": .second
        default: IntervalField(unit: unit)
        }
    }

    /// The amounts of an interval literal and the fields its units name; the type spans the smallest to the
    /// largest field, as in Spark (`INTERVAL 1 HOUR 30 MINUTES` is INTERVAL HOUR TO MINUTE).
    private struct IntervalParts {
        var micros: Int64 = 0
        var months: Int64 = 0
        var fields: [IntervalField] = []

        func literal(_ parser: SQLParser) throws(SparkError) -> Expression {
            guard let low = fields.min(), let high = fields.max() else { throw parser.unsupported("Empty intervals") }
            if high.isYearMonth { return .literal(.interval(months), .yearMonthInterval(start: low, end: high)) }
            if low.isYearMonth { throw parser.unsupported("Intervals mixing year-month and day-time units") }
            return .literal(.interval(micros), .dayTimeInterval(start: low, end: high))
        }

        /// Adds `text` of `unit`; false when the amount is malformed or overflows.
        mutating func add(_ text: String, unit: String, sign: Int64) -> Bool {
            guard let field = SQLParser.intervalField(unit) else { return false }
            if field.isYearMonth {
                guard let amount = Int64(text), let total = SQLParser.addMonths(months, sign * amount, perUnit: field == .year ? 12 : 1) else { return false }
                months = total
            } else {
                guard let amount = SQLParser.unitMicros(text, unit: unit) else { return false }
                let (sum, overflow) = micros.addingReportingOverflow(sign * amount)
                guard !overflow else { return false }
                micros = sum
            }
            fields.append(field)
            return true
        }
    }

    private static func addMonths(_ total: Int64, _ amount: Int64, perUnit: Int64) -> Int64? {
        let (product, o1) = amount.multipliedReportingOverflow(by: perUnit)
        let (sum, o2) = total.addingReportingOverflow(product)
        guard !o1, !o2, Int32(exactly: sum) != nil else { return nil }
        return sum
    }

    /// `INTERVAL '1' DAY`, `INTERVAL 3 DAYS`, `INTERVAL 1 HOUR 30 MINUTES`, `INTERVAL '1 2:03:04' DAY TO SECOND`,
    /// `INTERVAL '2 days 3 hours'`, `INTERVAL '1' MONTH`, `INTERVAL '1-2' YEAR TO MONTH`. Spark's calendar
    /// intervals (year-month and day-time units in one literal) are not supported.
    mutating func intervalLiteral() throws(SparkError) -> Expression {
        let start = current
        advance()
        var parts = IntervalParts()
        while true {
            let save = pos
            var sign: Int64 = 1
            if checkSymbol("-") || checkSymbol("+") {
                if checkSymbol("-") { sign = -1 }
                advance()
            }
            let valueToken = current
            let isValue = valueToken.kind == .string || valueToken.kind == .integer || valueToken.kind == .decimal
            let next = peek()
            guard isValue, next.kind == .word, let unit = Self.intervalUnit(next.text) else {
                if parts.fields.isEmpty && isValue && valueToken.kind == .string {
                    // `INTERVAL '1 day 2 hours'`: the units are inside the string.
                    advance()
                    return try intervalString(valueToken.value, sign: sign, start: start, end: valueToken)
                }
                if parts.fields.isEmpty { throw syntaxError(at: isValue ? next : valueToken) }
                pos = save
                break
            }
            advance()
            advance()
            let invalid = fragmentError(
                "INVALID_TYPED_LITERAL", "The value of the typed literal \"INTERVAL\" is invalid: '\(valueToken.value)'.",
                sqlState: "42604", from: start, to: tokens[pos - 1])
            if accept("TO") {
                let toToken = current
                guard toToken.kind == .word, let toUnit = Self.intervalUnit(toToken.text) else { throw syntaxError(at: toToken) }
                advance()
                let invalidRange = fragmentError(
                    "INVALID_TYPED_LITERAL", "The value of the typed literal \"INTERVAL\" is invalid: '\(valueToken.value)'.",
                    sqlState: "42604", from: start, to: toToken)
                guard valueToken.kind == .string, let from = IntervalField(unit: unit), let to = IntervalField(unit: toUnit) else { throw invalidRange }
                if from == .year && to == .month {
                    guard let months = Self.yearToMonth(valueToken.value) else { throw invalidRange }
                    return .literal(.interval(sign * months), .yearMonthInterval(start: .year, end: .month))
                }
                guard let micros = Self.unitToUnitMicros(valueToken.value, from: unit, to: toUnit) else { throw invalidRange }
                return .literal(.interval(sign * micros), .dayTimeInterval(start: from, end: to))
            }
            let number = valueToken.value.trimmingCharacters(in: .whitespaces)
            if valueToken.kind == .string, !Self.isIntervalNumber(number) {
                // Spark's message for a unit value that is no number at all (`INTERVAL 'abc' DAY`).
                throw SparkError("_LEGACY_ERROR_TEMP_0026", "Can only use numbers in the interval value part for multiple unit value pairs interval form, but got invalid value: \(valueToken.value).",
                                 sqlLine: valueToken.line, sqlPosition: valueToken.column)
            }
            guard parts.add(number, unit: unit, sign: sign) else { throw invalid }
        }
        return try parts.literal(self)
    }

    /// `'1-2'` YEAR TO MONTH, in months.
    static func yearToMonth(_ text: String) -> Int64? {
        var t = text.trimmingCharacters(in: .whitespaces)
        var sign: Int64 = 1
        if t.hasPrefix("-") { sign = -1; t.removeFirst() } else if t.hasPrefix("+") { t.removeFirst() }
        let fields = t.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 2, let years = Int64(fields[0]), let months = Int64(fields[1]), years >= 0, (0..<12).contains(months),
              let total = addMonths(months, years, perUnit: 12) else { return nil }
        return sign * total
    }

    /// `'1.5'` of a unit, in microseconds.
    static func unitMicros(_ text: String, unit: String) -> Int64? {
        guard let per = microsPerUnit[unit] else { return nil }
        var t = text
        var sign: Int64 = 1
        if t.hasPrefix("-") { sign = -1; t.removeFirst() } else if t.hasPrefix("+") { t.removeFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0].isEmpty ? "0" : String(parts[0])) else { return nil }
        let (product, overflow) = whole.multipliedReportingOverflow(by: per)
        guard !overflow else { return nil }
        var micros = product
        if parts.count == 2 {
            guard unit == "SECOND" || unit == "MILLISECOND" else { return nil }
            let fraction = String(parts[1].prefix(6)).padding(toLength: 6, withPad: "0", startingAt: 0)
            guard let f = Int64(fraction), micros <= Int64.max - f else { return nil }
            micros += unit == "SECOND" ? f : f / 1000
        }
        return sign * micros
    }

    /// `'1 2:03:04'` DAY TO SECOND and the other day-time unit ranges.
    static func unitToUnitMicros(_ text: String, from: String, to: String) -> Int64? {
        let order = ["DAY", "HOUR", "MINUTE", "SECOND"]
        guard let i = order.firstIndex(of: from), let j = order.firstIndex(of: to), i < j else { return nil }
        var t = text.trimmingCharacters(in: .whitespaces)
        var sign: Int64 = 1
        if t.hasPrefix("-") { sign = -1; t.removeFirst() } else if t.hasPrefix("+") { t.removeFirst() }
        var fields: [Substring] = []
        if from == "DAY" {
            let dayAndRest = t.split(separator: " ", maxSplits: 1)
            guard dayAndRest.count == 2 else { return nil }
            fields.append(dayAndRest[0])
            fields += dayAndRest[1].split(separator: ":", omittingEmptySubsequences: false)
        } else {
            fields = t.split(separator: ":", omittingEmptySubsequences: false)
        }
        let units = Array(order[i...j])
        guard fields.count == units.count else { return nil }
        var total: Int64 = 0
        for (field, unit) in zip(fields, units) {
            guard let m = unitMicros(String(field), unit: unit) else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(m)
            guard !overflow else { return nil }
            total = sum
        }
        return sign * total
    }

    /// `'2 days 3 hours'`
    private func intervalString(_ text: String, sign: Int64, start: SQLToken, end: SQLToken) throws(SparkError) -> Expression {
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        let invalid = fragmentError(
            "INVALID_TYPED_LITERAL", "The value of the typed literal \"INTERVAL\" is invalid: '\(text)'.",
            sqlState: "42604", from: start, to: end)
        var i = words.first?.lowercased() == "interval" ? 1 : 0
        guard words.count > i, (words.count - i) % 2 == 0 else { throw invalid }
        var parts = IntervalParts()
        while i < words.count {
            guard let unit = Self.intervalUnit(words[i + 1]), parts.add(words[i], unit: unit, sign: sign) else { throw invalid }
            i += 2
        }
        return try parts.literal(self)
    }
}
