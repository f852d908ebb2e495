import Foundation

/// `CAST(x AS t)` with Spark 4 semantics. ANSI mode raises `CAST_INVALID_INPUT` on malformed strings and
/// `CAST_OVERFLOW` / `NUMERIC_VALUE_OUT_OF_RANGE` on values that do not fit; `.try` returns null instead;
/// `.legacy` (ANSI off) returns null for malformed input and wraps integers on overflow.
public enum Cast {
    // MARK: - Which casts exist

    /// Whether Spark allows the cast at analysis time (`Cast.canAnsiCast` / `Cast.canCast`).
    public static func canCast(from: DataType, to: DataType, mode: EvalMode) -> Bool {
        if from == to { return true }
        switch (from, to) {
        case (.null, _): return true
        case (_, .string):
            return true
        case (.string, .binary), (.string, .boolean), (.string, .date), (.string, .timestamp), (.string, .dayTimeInterval),
             (.string, .yearMonthInterval), (.dayTimeInterval, .dayTimeInterval), (.yearMonthInterval, .yearMonthInterval):
            return true
        case (.string, let t) where t.isNumeric:
            return true
        case (let f, .boolean) where f.isNumeric:
            return true
        case (let f, .timestamp) where f.isNumeric:
            return true
        case (.date, .timestamp), (.timestamp, .date):
            return true
        case (let f, let t) where f.isNumeric && t.isNumeric:
            return true
        case (.boolean, let t) where t.isNumeric:
            return true
        case (.timestamp, let t) where t.isNumeric:
            return true
        // A single-field interval converts to and from a count of its unit (`CAST(d1 - d2 AS INT)` is days).
        case (.dayTimeInterval(let start, let end), let t) where t.isIntegral && start == end:
            return true
        case (.yearMonthInterval(let start, let end), let t) where t.isIntegral && start == end:
            return true
        case (let f, .dayTimeInterval(let start, let end)) where f.isIntegral && start == end:
            return true
        case (let f, .yearMonthInterval(let start, let end)) where f.isIntegral && start == end:
            return true
        case (.array(let fe, _), .array(let te, _)):
            return canCast(from: fe, to: te, mode: mode)
        case (.map(let fk, let fv, _), .map(let tk, let tv, _)):
            return canCast(from: fk, to: tk, mode: mode) && canCast(from: fv, to: tv, mode: mode)
        case (.struct(let ff), .struct(let tf)):
            return ff.count == tf.count && zip(ff, tf).allSatisfy { canCast(from: $0.dataType, to: $1.dataType, mode: mode) }
        default:
            return mode == .legacy && legacyOnlyCast(from: from, to: to)
        }
    }

    /// Casts ANSI mode refuses but legacy mode allows (the `CAST_WITH_CONF_SUGGESTION` cases).
    static func legacyOnlyCast(from: DataType, to: DataType) -> Bool {
        switch (from, to) {
        case (.boolean, .timestamp), (.timestamp, .boolean), (.date, .boolean), (.boolean, .date):
            return true
        case (let f, .binary) where f.isIntegral:
            return true
        default:
            return false
        }
    }

    /// Spark's `DATATYPE_MISMATCH.CAST_*` analysis error for a cast `canCast` refuses.
    public static func mismatchError(_ child: Expression, to: DataType, mode: EvalMode) -> SparkError {
        let from = child.dataType
        let sqlExpr = Expression.cast(child, to, mode).prettyName
        let prefix = "Cannot resolve \"\(sqlExpr)\" due to data type mismatch: "
        let fromName = "\"\(from.sqlName)\"", toName = "\"\(to.sqlName)\""
        if mode != .legacy && legacyOnlyCast(from: from, to: to) {
            return SparkError("DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION", prefix
                + "cannot cast \(fromName) to \(toName) with ANSI mode on.\nIf you have to cast \(fromName) to \(toName), you can set \"spark.sql.ansi.enabled\" as 'false'.")
        }
        let function: String? = switch (from, to) {
        case (.date, let t) where t.isNumeric: "UNIX_DATE"
        case (let f, .date) where f.isNumeric: "DATE_FROM_UNIX_DATE"
        default: nil
        }
        if let function {
            return SparkError("DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION", prefix
                + "cannot cast \(fromName) to \(toName).\nTo convert values from \(fromName) to \(toName), you can use the functions `\(function)` instead.")
        }
        return SparkError("DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION", prefix + "cannot cast \(fromName) to \(toName).")
    }

    // MARK: - Evaluation

    public static func evaluate(_ v: Value, from: DataType, to: DataType, mode: EvalMode) throws(SparkError) -> Value {
        if mode == .try {
            do { return try convert(v, from: from, to: to, mode: .ansi) } catch { return .null }
        }
        return try convert(v, from: from, to: to, mode: mode)
    }

    static func convert(_ v: Value, from: DataType, to: DataType, mode: EvalMode) throws(SparkError) -> Value {
        if v.isNull { return .null }
        if from == to { return v }
        switch to {
        case .null: return .null
        case .string: return .string(castToString(v, from))
        case .boolean: return try toBoolean(v, from: from, mode: mode)
        case .byte, .short, .int, .long: return try toIntegral(v, from: from, to: to, mode: mode)
        case .float, .double: return try toFractional(v, from: from, to: to, mode: mode)
        case .decimal(let p, let s): return try toDecimal(v, from: from, precision: p, scale: s, mode: mode)
        case .date: return try toDate(v, from: from, mode: mode)
        case .timestamp: return try toTimestamp(v, from: from, mode: mode)
        case .binary:
            if case .string(let s) = v { return .binary(Array(s.utf8)) }
            if case .int(let i) = v { return .binary(integralBytes(i, from)) }
            return try unsupported(v, from, to)
        case .dayTimeInterval(let start, let end):
            // A narrower type drops the fields after its end field (`1 02:00` as INTERVAL DAY is `1`);
            // SECOND keeps the fraction.
            if case .interval(let micros) = v, from.isDayTimeInterval {
                return .interval(end == .second ? micros : micros - micros % end.microsPerUnit)
            }
            if case .int(let n) = v {
                let (micros, overflow) = n.multipliedReportingOverflow(by: end.microsPerUnit)
                if overflow { throw Cast.overflow(v, from, to) }
                return .interval(micros)
            }
            if case .string(let text) = v {
                if let micros = IntervalText.dayTime(text, start: start, end: end) { return .interval(micros) }
                if mode == .legacy { return .null }
                throw IntervalText.invalid(text, to)
            }
            return try unsupported(v, from, to)
        case .yearMonthInterval(let start, let end):
            if case .interval(let months) = v, from.isYearMonthInterval { return .interval(end == .year ? months - months % 12 : months) }
            if case .int(let n) = v {
                let (months, overflow) = n.multipliedReportingOverflow(by: end == .year ? 12 : 1)
                if overflow || Int32(exactly: months) == nil { throw Cast.overflow(v, from, to) }
                return .interval(months)
            }
            if case .string(let text) = v {
                if let months = IntervalText.yearMonth(text, start: start, end: end) { return .interval(months) }
                if mode == .legacy { return .null }
                throw IntervalText.invalid(text, to)
            }
            return try unsupported(v, from, to)
        case .array(let toElement, _):
            guard case .array(let items) = v, case .array(let fromElement, _) = from else { return try unsupported(v, from, to) }
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try convert(item, from: fromElement, to: toElement, mode: mode)) }
            return .array(out)
        case .map(let tk, let tv, _):
            guard case .map(let entries) = v, case .map(let fk, let fv, _) = from else { return try unsupported(v, from, to) }
            var out: [MapEntry] = []
            for e in entries {
                out.append(MapEntry(try convert(e.key, from: fk, to: tk, mode: mode), try convert(e.value, from: fv, to: tv, mode: mode)))
            }
            return .map(out)
        case .struct(let toFields):
            guard case .struct(let values) = v, case .struct(let fromFields) = from, fromFields.count == toFields.count,
                  values.count == toFields.count else { return try unsupported(v, from, to) }
            var out: [Value] = []
            for i in values.indices {
                out.append(try convert(values[i], from: fromFields[i].dataType, to: toFields[i].dataType, mode: mode))
            }
            return .struct(out)
        }
    }

    static func unsupported(_ v: Value, _ from: DataType, _ to: DataType) throws(SparkError) -> Value {
        throw SparkError.internalError("Cast from \(from.simpleString) to \(to.simpleString) was not checked by the analyzer.")
    }

    // MARK: Errors

    static func invalidInput(_ v: Value, _ from: DataType, _ to: DataType) -> SparkError {
        let subject: ErrorSubject? = if case .string(let text) = v { ErrorSubject(.literalCast, [text, to.sqlName]) } else { nil }
        return SparkError("CAST_INVALID_INPUT", "The value \(sqlValue(v, from)) of the type \"\(from.sqlName)\" cannot be cast to \"\(to.sqlName)\" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead.", subject: subject)
    }

    static func overflow(_ v: Value, _ from: DataType, _ to: DataType) -> SparkError {
        SparkError("CAST_OVERFLOW", "The value \(sqlValue(v, from)) of the type \"\(from.sqlName)\" cannot be cast to \"\(to.sqlName)\" due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead.")
    }

    /// A value as Spark writes it in error messages (`toSQLValue`): `'abc'`, `300L`, `1.0E10D`, `12.5BD`.
    public static func sqlValue(_ v: Value, _ t: DataType) -> String {
        switch v {
        case .null: return "NULL"
        case .string(let s): return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        case .int(let i):
            switch t {
            case .byte: return "\(i)Y"
            case .short: return "\(i)S"
            case .long: return "\(i)L"
            default: return String(i)
            }
        case .double(let d):
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
            if t == .float { return ValueFormatter.javaDouble(d, isFloat: true) }
            return ValueFormatter.javaDouble(d) + "D"
        case .decimal(let u, let s): return Decimal128.format(u, scale: s) + "BD"
        case .date(let d): return "DATE '\(DateTimeUtils.formatDate(d))'"
        case .timestamp(let ts): return "TIMESTAMP '\(DateTimeUtils.formatTimestamp(ts))'"
        default: return castToString(v, t)
        }
    }

    // MARK: To string

    /// Spark's cast-to-string text; nested nulls print as `null`.
    public static func castToString(_ v: Value, _ t: DataType) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return ValueFormatter.javaDouble(d, isFloat: t == .float)
        case .decimal(let u, let s): return Decimal128.format(u, scale: s)
        case .string(let s): return s
        case .binary(let b): return String(decoding: b, as: UTF8.self)
        case .date(let d): return DateTimeUtils.formatDate(d)
        case .timestamp(let ts): return DateTimeUtils.formatTimestamp(ts)
        case .interval(let value): return ValueFormatter.intervalString(value, t)
        case .array(let items):
            let et: DataType = if case .array(let e, _) = t { e } else { .null }
            return "[" + items.map { castToString($0, et) }.joined(separator: ", ") + "]"
        case .map(let entries):
            var kt = DataType.null, vt = DataType.null
            if case .map(let k, let vv, _) = t { kt = k; vt = vv }
            return "{" + entries.map { castToString($0.key, kt) + " -> " + castToString($0.value, vt) }.joined(separator: ", ") + "}"
        case .struct(let fields):
            let types: [DataType] = if case .struct(let fs) = t { fs.map(\.dataType) } else { [] }
            return "{" + fields.enumerated().map { i, f in castToString(f, i < types.count ? types[i] : .null) }.joined(separator: ", ") + "}"
        }
    }

    // MARK: To boolean

    static let trueStrings: Set<String> = ["t", "true", "y", "yes", "1"]
    static let falseStrings: Set<String> = ["f", "false", "n", "no", "0"]

    static func toBoolean(_ v: Value, from: DataType, mode: EvalMode) throws(SparkError) -> Value {
        switch v {
        case .string(let s):
            let text = trimAll(s).lowercased()
            if trueStrings.contains(text) { return .bool(true) }
            if falseStrings.contains(text) { return .bool(false) }
            if mode == .legacy { return .null }
            throw invalidInput(v, from, .boolean)
        case .int(let i): return .bool(i != 0)
        case .double(let d): return .bool(d != 0)
        case .decimal(let u, _): return .bool(u != 0)
        case .timestamp(let t): return .bool(t != 0)
        case .date: return .null
        default: return try unsupported(v, from, .boolean)
        }
    }

    // MARK: To integral

    static func integralBounds(_ t: DataType) -> (Int64, Int64) {
        switch t {
        case .byte: (Int64(Int8.min), Int64(Int8.max))
        case .short: (Int64(Int16.min), Int64(Int16.max))
        case .int: (Int64(Int32.min), Int64(Int32.max))
        default: (Int64.min, Int64.max)
        }
    }

    /// Two's complement wrap to the width of `t`, as Java's narrowing casts do.
    static func wrap(_ i: Int64, to t: DataType) -> Int64 {
        switch t {
        case .byte: Int64(Int8(truncatingIfNeeded: i))
        case .short: Int64(Int16(truncatingIfNeeded: i))
        case .int: Int64(Int32(truncatingIfNeeded: i))
        default: i
        }
    }

    static func toIntegral(_ v: Value, from: DataType, to: DataType, mode: EvalMode) throws(SparkError) -> Value {
        let (lo, hi) = integralBounds(to)
        switch v {
        case .string(let s):
            if let i = parseIntegral(trimAll(s), allowFraction: mode == .legacy), i >= lo, i <= hi { return .int(i) }
            if mode == .legacy { return .null }
            throw invalidInput(v, from, to)
        case .bool(let b): return .int(b ? 1 : 0)
        case .int(let i):
            if i >= lo && i <= hi { return .int(i) }
            if mode == .legacy { return .int(wrap(i, to: to)) }
            throw overflow(v, from, to)
        case .double(let d):
            // Spark's check: floor(x) <= MAX && ceil(x) >= MIN, then Java's saturating conversion.
            if !d.isNaN && d.rounded(.down) <= Double(hi) && d.rounded(.up) >= Double(lo) {
                return .int(javaLong(d))
            }
            if mode == .legacy {
                // Java: (int) x saturates at Int range, then narrower types wrap.
                if to == .long { return .int(javaLong(d)) }
                let asInt = d.isNaN ? 0 : Int64(max(Double(Int32.min), min(Double(Int32.max), d.rounded(.towardZero))))
                return .int(wrap(asInt, to: to))
            }
            throw overflow(v, from, to)
        case .decimal(let u, let s):
            let truncated = u / Decimal128.pow10(s)
            if truncated >= Int128(lo) && truncated <= Int128(hi) { return .int(Int64(truncated)) }
            if mode == .legacy { return .int(wrap(Int64(truncatingIfNeeded: truncated), to: to)) }
            throw overflow(v, from, to)
        case .timestamp(let t):
            let seconds = floorDiv(t, DateTimeUtils.microsPerSecond)
            if seconds >= lo && seconds <= hi { return .int(seconds) }
            if mode == .legacy { return .int(wrap(seconds, to: to)) }
            throw overflow(v, from, to)
        case .date:
            return .null
        case .interval(let amount):
            // A single-field interval counts its unit, truncated toward zero (Java's long division).
            let count: Int64 = switch from {
            case .dayTimeInterval(_, let end): amount / end.microsPerUnit
            case .yearMonthInterval(_, let end): end == .year ? amount / 12 : amount
            default: amount
            }
            if count >= lo && count <= hi { return .int(count) }
            if mode == .legacy { return .int(wrap(count, to: to)) }
            throw overflow(v, from, to)
        default:
            return try unsupported(v, from, to)
        }
    }

    /// Java's `(long) d`: truncation toward zero, saturating, NaN → 0.
    static func javaLong(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d >= 9.223372036854775807e18 { return Int64.max }
        if d <= -9.223372036854775808e18 { return Int64.min }
        return Int64(d.rounded(.towardZero))
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// `[+-]digits`; legacy mode also accepts a fraction, which is truncated.
    static func parseIntegral(_ s: String, allowFraction: Bool) -> Int64? {
        var text = Substring(s)
        if allowFraction, let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...]
            guard fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            text = text[..<dot]
            if text == "" || text == "-" || text == "+" { return fraction.isEmpty ? nil : 0 }
        }
        var negative = false
        if let f = text.first, f == "-" || f == "+" { negative = f == "-"; text = text.dropFirst() }
        guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else { return nil }
        var result: Int64 = 0
        for c in text {
            let digit = Int64(c.asciiValue! - 48)
            let (m, o1) = result.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(digit) : m.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            result = a
        }
        return result
    }

    /// Spark's `UTF8String.trimAll`: drops leading and trailing whitespace and control characters.
    static func trimAll(_ s: String) -> String {
        func isBlank(_ c: Unicode.Scalar) -> Bool { c.value <= 0x20 || c.properties.isWhitespace }
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isBlank($0) }),
              let end = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[start...end])
    }

    // MARK: To float and double

    static func toFractional(_ v: Value, from: DataType, to: DataType, mode: EvalMode) throws(SparkError) -> Value {
        let isFloat = to == .float
        func out(_ d: Double) -> Value { .double(isFloat ? Double(Float(d)) : d) }
        switch v {
        case .string(let s):
            if let d = parseJavaDouble(trimAll(s)) { return out(d) }
            if mode == .legacy { return .null }
            throw invalidInput(v, from, to)
        case .bool(let b): return .double(b ? 1 : 0)
        case .int(let i): return out(Double(i))
        case .double(let d): return out(d)
        case .decimal(let u, let s):
            // Both operands exact in a double, so the one division is correctly rounded, like the text path.
            if u.magnitude < 1 << 53, s < exactPowersOfTen.count { return out(Double(u) / exactPowersOfTen[s]) }
            return out(Double(Decimal128.format(u, scale: s)) ?? (Double(u) / pow(10, Double(s))))
        case .timestamp(let t): return out(Double(t) / 1_000_000)
        case .date: return .null
        default: return try unsupported(v, from, to)
        }
    }

    /// 10^0 ... 10^22: the powers of ten a double holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { Double("1e\($0)")! }

    /// Java's `Double.parseDouble` plus Spark's special literals (`inf`, `-infinity`, `nan`, any case).
    static func parseJavaDouble(_ s: String) -> Double? {
        let lower = s.lowercased()
        switch lower {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        var text = Substring(s)
        if let last = text.last, "dDfF".contains(last) { text = text.dropLast() }
        // Decimal digits only: Java rejects Swift's hexadecimal and `nan(...)` forms.
        var sawDigit = false, sawDot = false, sawExp = false, index = text.startIndex
        if let f = text.first, f == "+" || f == "-" { index = text.index(after: index) }
        while index < text.endIndex {
            let c = text[index]
            if c.isASCIIDigit { sawDigit = true }
            else if c == "." && !sawDot && !sawExp { sawDot = true }
            else if (c == "e" || c == "E") && sawDigit && !sawExp {
                sawExp = true
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "+" || text[next] == "-" { index = next }
                let digitsStart = text.index(after: index)
                guard digitsStart < text.endIndex, text[digitsStart...].allSatisfy(\.isASCIIDigit) else { return nil }
                break
            } else { return nil }
            index = text.index(after: index)
        }
        guard sawDigit else { return nil }
        return Double(text)
    }

    // MARK: To decimal

    static func toDecimal(_ v: Value, from: DataType, precision: Int, scale: Int, mode: EvalMode) throws(SparkError) -> Value {
        let to = DataType.decimal(precision: precision, scale: scale)
        func fit(_ unscaled: Int128?, plain: @autoclosure () -> String) throws(SparkError) -> Value {
            if let u = unscaled, Decimal128.fits(u, precision: precision) { return .decimal(u, scale: scale) }
            if mode == .legacy { return .null }
            throw SparkErrors.decimalOutOfRange(plain(), precision: precision, scale: scale)
        }
        switch v {
        case .string(let s):
            let text = trimAll(s)
            guard let parsed = PlainDecimal(parsing: text) else {
                if mode == .legacy { return .null }
                throw invalidInput(v, from, to)
            }
            return try fit(parsed.unscaled(atScale: scale), plain: parsed.plainString)
        case .bool(let b):
            return try fit(Decimal128.rescale(b ? 1 : 0, from: 0, to: scale), plain: b ? "1" : "0")
        case .int(let i):
            return try fit(Decimal128.rescale(Int128(i), from: 0, to: scale), plain: String(i))
        case .double(let d):
            guard d.isFinite, let parsed = PlainDecimal(parsing: "\(d)") else { return .null }
            return try fit(parsed.unscaled(atScale: scale), plain: parsed.plainString)
        case .decimal(let u, let s):
            return try fit(Decimal128.rescale(u, from: s, to: scale), plain: Decimal128.format(u, scale: s))
        case .timestamp(let t):
            return try fit(Decimal128.rescale(Int128(t), from: 6, to: scale), plain: Decimal128.format(Int128(t), scale: 6))
        case .date:
            return .null
        default:
            return try unsupported(v, from, to)
        }
    }

    // MARK: To date and timestamp

    static func toDate(_ v: Value, from: DataType, mode: EvalMode) throws(SparkError) -> Value {
        switch v {
        case .string(let s):
            var text = trimAll(s)
            if text.hasPrefix("+") { text.removeFirst() }
            if let d = DateTimeUtils.parseDate(text) { return .date(d) }
            if mode == .legacy { return .null }
            throw invalidInput(v, from, .date)
        case .timestamp(let t): return .date(Int32(clamping: floorDiv(t, DateTimeUtils.microsPerDay)))
        default: return .null
        }
    }

    static func toTimestamp(_ v: Value, from: DataType, mode: EvalMode) throws(SparkError) -> Value {
        switch v {
        case .string(let s):
            if let t = parseTimestamp(trimAll(s)) { return .timestamp(t) }
            if mode == .legacy { return .null }
            throw invalidInput(v, from, .timestamp)
        case .date(let d):
            let (micros, overflow) = Int64(d).multipliedReportingOverflow(by: DateTimeUtils.microsPerDay)
            return .timestamp(overflow ? saturatedMicros(negative: d < 0) : micros)
        case .int(let seconds):
            let (m, o) = seconds.multipliedReportingOverflow(by: DateTimeUtils.microsPerSecond)
            return .timestamp(o ? saturatedMicros(negative: seconds < 0) : m)
        case .double(let d):
            if !d.isFinite {
                if mode == .legacy { return .null }
                throw invalidInput(v, from, .timestamp)
            }
            let micros = d * 1_000_000
            if micros.rounded(.down) <= 9.223372036854775807e18 && micros.rounded(.up) >= -9.223372036854775808e18 {
                return .timestamp(javaLong(micros))
            }
            if mode == .legacy { return .timestamp(javaLong(micros)) }
            throw overflow(.double(micros), .double, .long)
        case .decimal(let u, let s):
            // Spark truncates below a microsecond.
            if s > 6 { return .timestamp(Int64(clamping: u / Decimal128.pow10(s - 6))) }
            let (micros, overflowed) = u.multipliedReportingOverflow(by: Decimal128.pow10(6 - s))
            return .timestamp(overflowed ? saturatedMicros(negative: u < 0) : Int64(clamping: micros))
        case .bool(let b): return .timestamp(b ? 1 : 0)
        default: return try unsupported(v, from, .timestamp)
        }
    }

    /// The timestamp used when a conversion falls outside the range: far beyond Spark's years ±294247, yet leaving
    /// room for the calendar arithmetic of formatting and truncation.
    static func saturatedMicros(negative: Bool) -> Int64 { negative ? Int64.min / 2 : Int64.max / 2 }

    /// Spark's `stringToTimestamp`: `yyyy[-[m]m[-[d]d]][( |T)[h]h:[m]m[:[s]s[.fraction]]][zone]`, zone being
    /// `Z`, `UTC`, `GMT`, `UT` or an offset `±h[h][[:]mm]`, optionally after a space. Microseconds since the epoch, UTC.
    /// A time without a date (`10:00`, `T10:00:05`) is on the current date (UTC), as Spark reads it.
    public static func parseTimestamp(_ text: String) -> Int64? {
        let s = Substring(text)
        let day: Int32
        var rest: Substring
        if let time = timeWithoutDate(s) {
            day = Int32(clamping: floorDiv(Int64(Date().timeIntervalSince1970), 86_400))
            rest = time
        } else {
            guard let sep = s.firstIndex(where: { $0 == " " || $0 == "T" }) else {
                return DateTimeUtils.parseDate(String(s)).map { Int64($0) * DateTimeUtils.microsPerDay }
            }
            guard let date = DateTimeUtils.parseDate(String(s[..<sep])) else { return nil }
            day = date
            rest = s[s.index(after: sep)...]
        }
        // Zone suffix.
        var zone: String?
        if let zoneStart = rest.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" || $0 == " " || $0.isLetter }) {
            zone = String(rest[zoneStart...]).trimmingWhitespace()
            rest = rest[..<zoneStart]
        }
        let hms = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(hms.count), hms.prefix(2).allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(hms[0]), h < 24 else { return nil }
        let mi = hms.count > 1 ? Int(hms[1]) ?? 60 : 0
        guard mi < 60 else { return nil }
        var sec = 0
        var micros: Int64 = 0
        if hms.count == 3 {
            let parts = hms[2].split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, (1...2).contains(parts[0].count), parts[0].allSatisfy(\.isASCIIDigit),
                  let sv = Int(parts[0]), sv < 60 else { return nil }
            sec = sv
            if parts.count == 2 {
                let digits = parts[1]
                guard digits.count <= 9, digits.allSatisfy(\.isASCIIDigit) else { return nil }
                let six = String(digits.prefix(6)).padding(toLength: 6, withPad: "0", startingAt: 0)
                micros = Int64(six) ?? 0
            }
        }
        let localSeconds = Int64(day) * 86_400 + Int64(h * 3600 + mi * 60 + sec)
        var offsetSeconds = 0
        if let zone {
            guard let offset = parseZone(zone, localSeconds: localSeconds) else { return nil }
            offsetSeconds = offset
        }
        return (localSeconds - Int64(offsetSeconds)) * DateTimeUtils.microsPerSecond + micros
    }

    /// The time of `T10:00` or `10:00` (one or two digits, then a colon); nil when the text starts with a date.
    static func timeWithoutDate(_ s: Substring) -> Substring? {
        if s.first == "T" { return s.dropFirst() }
        guard let colon = s.firstIndex(of: ":") else { return nil }
        let hours = s[..<colon]
        return (1...2).contains(hours.count) && hours.allSatisfy(\.isASCIIDigit) ? s : nil
    }

    /// Seconds east of UTC for `Z`, `UTC`, `GMT`, `UT`, `+01:00`, `-0530`, `+5`, `UTC+01:00`, or a region
    /// such as `America/New_York` (its offset at that local time).
    static func parseZone(_ zone: String, localSeconds: Int64) -> Int? {
        if zone.contains("/"), let tz = TimeZone(identifier: zone) {
            let guess = Date(timeIntervalSince1970: TimeInterval(localSeconds))
            let offset = tz.secondsFromGMT(for: guess)
            return tz.secondsFromGMT(for: guess.addingTimeInterval(TimeInterval(-offset)))
        }
        var z = Substring(zone)
        for prefix in ["UTC", "GMT", "UT", "Z"] where z.uppercased().hasPrefix(prefix) {
            z = z.dropFirst(prefix.count)
            break
        }
        if z.isEmpty { return 0 }
        guard let sign = z.first, sign == "+" || sign == "-" else { return nil }
        let body = z.dropFirst()
        var hours = 0, minutes = 0
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard (1...2).contains(parts[0].count), parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            hours = h; minutes = m
        } else if parts.count == 1 {
            let digits = parts[0]
            guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
            switch digits.count {
            case 1, 2: hours = Int(digits) ?? 99
            case 4: hours = Int(digits.prefix(2)) ?? 99; minutes = Int(digits.suffix(2)) ?? 99
            default: return nil
            }
        } else { return nil }
        guard hours <= 18, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// Java's `BigInteger.toByteArray` of an integral value at its type's width (legacy int → binary).
    static func integralBytes(_ i: Int64, _ t: DataType) -> [UInt8] {
        let width = switch t { case .byte: 1; case .short: 2; case .int: 4; default: 8 }
        return (0..<width).reversed().map { UInt8(truncatingIfNeeded: i >> (8 * $0)) }
    }
}

/// A decimal number parsed exactly from text (`-12.5`, `1e3`, `1.0E-5`): digits and a power-of-ten exponent.
struct PlainDecimal {
    var negative: Bool
    /// Significant digits without leading zeros ("0" for zero).
    var digits: String
    /// The value is digits × 10^exponent.
    var exponent: Int

    init?(parsing text: String) {
        var s = Substring(text)
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let x = Int(s[s.index(after: e)...]), abs(x) < 10_000 else { return nil }
            exp = x
            s = s[..<e]
        }
        negative = false
        if let f = s.first, f == "-" || f == "+" { negative = f == "-"; s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let intPart = parts[0], fracPart = parts.count == 2 ? parts[1] : ""
        guard !(intPart.isEmpty && fracPart.isEmpty), intPart.allSatisfy(\.isASCIIDigit), fracPart.allSatisfy(\.isASCIIDigit) else { return nil }
        var all = String(intPart + fracPart).drop(while: { $0 == "0" })
        var e = exp - fracPart.count
        if all.isEmpty { all = "0"; e = 0 }
        digits = String(all)
        exponent = e
    }

    /// The unscaled value at `scale`, rounded HALF_UP; nil when it needs more than 38 digits.
    func unscaled(atScale scale: Int) -> Int128? {
        let shift = exponent + scale
        var kept = digits
        var roundUp = false
        if shift < 0 {
            let drop = -shift
            if drop > kept.count {
                kept = "0"
            } else {
                let cut = kept.index(kept.endIndex, offsetBy: -drop)
                roundUp = kept[cut] >= "5"
                kept = String(kept[..<cut])
                if kept.isEmpty { kept = "0" }
            }
        } else {
            guard kept.count + shift <= 39 else { return nil }
            kept += String(repeating: "0", count: shift)
        }
        let trimmed = kept.drop(while: { $0 == "0" })
        guard trimmed.count <= 38 else { return nil }
        var value: Int128 = 0
        for c in trimmed { value = value * 10 + Int128(c.asciiValue! - 48) }
        if roundUp { value += 1 }
        return negative ? -value : value
    }

    /// The value without an exponent, as Spark prints it in range errors: `12345.6`, `1000000`.
    var plainString: String {
        var text: String
        if exponent >= 0 {
            text = digits == "0" ? "0" : digits + String(repeating: "0", count: exponent)
        } else {
            let fractionDigits = -exponent
            var d = digits
            if d.count <= fractionDigits { d = String(repeating: "0", count: fractionDigits - d.count + 1) + d }
            let cut = d.index(d.endIndex, offsetBy: -fractionDigits)
            text = d[..<cut] + "." + d[cut...]
        }
        return negative && digits != "0" ? "-" + text : text
    }
}
