import Foundation

/// Date and time functions, in the session time zone (UTC).
let dateTimeFunctionBuilders: [FunctionBuilder] =
    scalar("date_add", "date_sub", "dateadd") { c, _ throws(SparkError) in
        try c.arity(2)
        let sign: Int64 = c.name == "date_sub" ? -1 : 1
        // `dateadd` is an alias Spark names after `date_add`.
        return c.make([try dateArg(c, 0), try c.coerce(1, toOneOf: [.int, .short, .byte])], .date,
                      name: c.name == "dateadd" ? "date_add" : nil) { v in
            guard case .date(let d) = v[0], case .int(let n) = v[1] else { return .null }
            return .date(Int32(clamping: Int64(d) + sign * n))
        }
    }
    + scalar("datediff", "date_diff") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try dateArg(c, 0), try dateArg(c, 1)], .int) { v in
            guard case .date(let a) = v[0], case .date(let b) = v[1] else { return .null }
            return .int(Int64(a) - Int64(b))
        }
    }
    + scalar("add_months") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try dateArg(c, 0), try c.int(1)], .date) { v in
            guard case .date(let d) = v[0], case .int(let n) = v[1] else { return .null }
            return .date(DateTimeFunctions.addMonths(d, n))
        }
    }
    + scalar("months_between") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let roundOff: Expression = c.count == 3 ? try c.coerce(2, to: .boolean) : .literal(.bool(true), .boolean)
        var full = c
        full.args = Array(c.args.prefix(2)) + [c.count == 3 ? c[2] : roundOff]
        return full.make([try timestampArg(c, 0), try timestampArg(c, 1), roundOff], .double) { v in
            guard case .timestamp(let a) = v[0], case .timestamp(let b) = v[1] else { return .null }
            return .double(DateTimeFunctions.monthsBetween(a, b, roundOff: v[2] == .bool(true)))
        }
    }
    + scalar("last_day") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try dateArg(c, 0)], .date) { v in
            guard case .date(let d) = v[0] else { return .null }
            let (y, m, _) = DateTimeUtils.civil(fromDays: d)
            return .date(DateTimeFunctions.safeDays(year: y, month: m, day: DateTimeUtils.daysInMonth(year: y, month: m)))
        }
    }
    + scalar("next_day") { c, _ throws(SparkError) in
        try c.arity(2)
        // Explain shows whether an unknown day name fails (ANSI) or gives null.
        let failOnError = c.ansi
        return c.make([try dateArg(c, 0), try c.string(1)], .date, nullable: true,
                      explainFormat: { "next_day(\($0.joined(separator: ", ")), \(failOnError))" }) { v in
            guard case .date(let d) = v[0] else { return .null }
            let name = text(v[1])
            guard let target = DateTimeFunctions.dayOfWeek(named: name) else {
                throw SparkError("ILLEGAL_DAY_OF_WEEK", "Illegal input for day of week: \(name).", sqlState: "22009")
            }
            let current = DateTimeFunctions.isoDayOfWeek(d)
            var delta = (target - current + 7) % 7
            if delta == 0 { delta = 7 }
            return .date(Int32(clamping: Int64(d) + Int64(delta)))
        }
    }
    + dateField("year") { DateTimeUtils.civil(fromDays: $0).year }
    + dateField("quarter") { (DateTimeUtils.civil(fromDays: $0).month - 1) / 3 + 1 }
    + dateField("month") { DateTimeUtils.civil(fromDays: $0).month }
    + dateField("dayofmonth", "day") { DateTimeUtils.civil(fromDays: $0).day }
    + dateField("dayofweek") { DateTimeFunctions.isoDayOfWeek($0) % 7 + 1 }
    + dateField("weekday") { DateTimeFunctions.isoDayOfWeek($0) - 1 }
    + dateField("dayofyear") { DateTimeFunctions.dayOfYear($0) }
    + dateField("weekofyear") { DateTimeFunctions.isoWeek($0) }
    + timeField("hour") { Int($0 / 3_600_000_000) }
    + timeField("minute") { Int($0 / 60_000_000 % 60) }
    + timeField("second") { Int($0 / 1_000_000 % 60) }
    + scalar("date_format") { c, _ throws(SparkError) in
        try c.arity(2)
        let pattern = try constantPattern(c, 1)
        // Spark 4.3's date_format takes TIME values too, and names them in its type error.
        let input = try timestampArg(c, 0, required: "(\"TIMESTAMP\" or \"TIME\" or \"(TIMESTAMP_LTZ(P) OR TIMESTAMP_NTZ(P) WITH P IN [7, 9])\")")
        return c.make([input, try c.string(1)], .string) { v in
            guard case .timestamp(let t) = v[0] else { return .null }
            let p = try pattern ?? DateTimePattern(text(v[1]))
            return .string(p.format(micros: t))
        }
    }
    + scalar("to_date", "try_to_date") { c, _ throws(SparkError) in
        try c.arity(1...2)
        let tolerant = c.name == "try_to_date"
        let castMode: EvalMode = tolerant ? .try : c.mode
        // Spark's to_date is a cast without a format, and a cast of gettimestamp with one; explain shows those.
        if c.count == 1 {
            if c[0].dataType == .string {
                return c.make([c[0]], .date, nullable: true, explainFormat: { "cast(\($0[0]) as date)" }) { v in
                    try Cast.evaluate(v[0], from: .string, to: .date, mode: castMode)
                }
            }
            // A number is read as text (to_date takes a string, a date or a timestamp): `to_date(4)` is '4'.
            if c[0].dataType.isNumeric {
                let text = Expression.cast(c[0], .string, .ansi)
                return c.make([text], .date, nullable: true, explainFormat: { "cast(\($0[0]) as date)" }) { v in
                    try Cast.evaluate(v[0], from: .string, to: .date, mode: castMode)
                }
            }
            return c.make([try dateArg(c, 0)], .date, explainFormat: { $0[0] }) { v in v[0] }
        }
        let pattern = try constantPattern(c, 1, forParsing: true)
        // A timestamp or date needs no parsing: the pattern is not used.
        if c[0].dataType == .timestamp || c[0].dataType == .date {
            return c.make([try dateArg(c, 0), c[1]], .date, explainFormat: { "cast(\($0[0]) as date)" }) { v in v[0] }
        }
        let failOnError = !tolerant && c.ansi
        return c.make([try c.string(0), try c.string(1)], .date, nullable: tolerant,
                      explainFormat: { "cast(gettimestamp(\($0[0]), \($0[1]), TimestampType, try_to_date, Some(UTC), \(failOnError)) as date)" }) { v in
            let s = text(v[0])
            do {
                let micros = try (pattern ?? DateTimePattern(text(v[1]), forParsing: true)).parse(s)
                return .date(Int32(Cast.floorDiv(micros, DateTimeUtils.microsPerDay)))
            } catch let failure as DateTimePattern.ParseFailure {
                if tolerant { return .null }
                throw DateTimePattern.parseError(s, failure, suggest: "try_to_date")
            }
        }
    }
    + scalar("to_timestamp", "try_to_timestamp", "to_timestamp_ltz") { c, _ throws(SparkError) in
        try c.arity(1...2)
        let tolerant = c.name == "try_to_timestamp"
        let castMode: EvalMode = tolerant ? .try : c.mode
        // Without a format Spark's to_timestamp is a cast, and explain shows it.
        if c.count == 1 {
            if c[0].dataType == .string {
                return c.make([c[0]], .timestamp, nullable: true, explainFormat: { "cast(\($0[0]) as timestamp)" }) { v in
                    try Cast.evaluate(v[0], from: .string, to: .timestamp, mode: castMode)
                }
            }
            // A number is seconds since the epoch, a cast as well.
            if c[0].dataType.isNumeric {
                let seconds = c[0]
                return c.make([seconds], .timestamp, nullable: true, explainFormat: { "cast(\($0[0]) as timestamp)" }) { v in
                    try Cast.evaluate(v[0], from: seconds.dataType, to: .timestamp, mode: castMode)
                }
            }
            return c.make([try timestampArg(c, 0)], .timestamp, explainFormat: { $0[0] }) { v in v[0] }
        }
        let pattern = try constantPattern(c, 1, forParsing: true)
        if c[0].dataType == .timestamp || c[0].dataType == .date {
            return c.make([try timestampArg(c, 0), c[1]], .timestamp, explainFormat: { $0[0] }) { v in v[0] }
        }
        return c.make([try c.string(0), try c.string(1)], .timestamp, nullable: tolerant) { v in
            let s = text(v[0])
            do {
                return .timestamp(try (pattern ?? DateTimePattern(text(v[1]), forParsing: true)).parse(s))
            } catch let failure as DateTimePattern.ParseFailure {
                if tolerant { return .null }
                throw DateTimePattern.parseError(s, failure, suggest: "try_to_timestamp")
            }
        }
    }
    + scalar("unix_timestamp", "to_unix_timestamp") { c, _ throws(SparkError) in
        try c.arity(c.name == "unix_timestamp" ? 0...2 : 1...2)
        if c.count == 0 {
            let now = Int64(Date().timeIntervalSince1970)
            return c.make([], .long, name: "unix_timestamp") { _ in .int(now) }
        }
        let format: Expression = c.count == 2 ? try c.string(1) : .literal(.string("yyyy-MM-dd HH:mm:ss"), .string)
        var full = c
        full.args = [c[0], c.count == 2 ? c[1] : format]
        // Explain shows the session time zone and whether a bad value fails (ANSI).
        let name = c.name, failOnError = c.ansi
        let explain: @Sendable ([String]) -> String = { "\(name)(\($0.joined(separator: ", ")), Some(UTC), \(failOnError))" }
        if c[0].dataType == .string {
            let pattern = try FunctionCall(name: c.name, args: [c[0], format]).constantPatternArgument(forParsing: true)
            return full.make([c[0], format], .long, explainFormat: explain) { v in
                let s = text(v[0])
                do {
                    let micros = try (pattern ?? DateTimePattern(text(v[1]), forParsing: true)).parse(s)
                    return .int(Cast.floorDiv(micros, DateTimeUtils.microsPerSecond))
                } catch let failure as DateTimePattern.ParseFailure {
                    throw DateTimePattern.parseError(s, failure, suggest: "try_to_timestamp")
                }
            }
        }
        return full.make([try timestampArg(c, 0), format], .long, explainFormat: explain) { v in
            guard case .timestamp(let t) = v[0] else { return .null }
            return .int(Cast.floorDiv(t, DateTimeUtils.microsPerSecond))
        }
    }
    + scalar("from_unixtime") { c, _ throws(SparkError) in
        try c.arity(1...2)
        let format: Expression = c.count == 2 ? try c.string(1) : .literal(.string("yyyy-MM-dd HH:mm:ss"), .string)
        var full = c
        full.args = [c[0], c.count == 2 ? c[1] : format]
        let pattern = try FunctionCall(name: c.name, args: [c[0], format]).constantPatternArgument()
        return full.make([try c.coerce(0, to: .long), format], .string, nullable: true) { v in
            guard case .int(let seconds) = v[0] else { return .null }
            let p = try pattern ?? DateTimePattern(text(v[1]))
            return .string(p.format(micros: seconds &* DateTimeUtils.microsPerSecond))
        }
    }
    + scalar("date_trunc") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try c.string(0), try timestampArg(c, 1)], .timestamp, nullable: true) { v in
            guard case .timestamp(let t) = v[1], let unit = DateTimeFunctions.TruncUnit(text(v[0]), forDate: false) else { return .null }
            return .timestamp(DateTimeFunctions.truncate(t, unit))
        }
    }
    + scalar("trunc") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try dateArg(c, 0), try c.string(1)], .date, nullable: true) { v in
            guard case .date(let d) = v[0], let unit = DateTimeFunctions.TruncUnit(text(v[1]), forDate: true) else { return .null }
            let micros = DateTimeFunctions.truncate(DateTimeFunctions.startOfDay(d), unit)
            return .date(Int32(Cast.floorDiv(micros, DateTimeUtils.microsPerDay)))
        }
    }
    // The event time of a time window: its end less one microsecond, the last instant inside it.
    + scalar("window_time") { c, _ throws(SparkError) in
        try c.arity(1)
        guard case .struct(let fields) = c[0].dataType, fields.count == 2, fields[1].name == "end", fields[1].dataType == .timestamp else {
            throw c.unexpectedType(0, required: "\"STRUCT<start: TIMESTAMP, end: TIMESTAMP>\"")
        }
        return c.make([c[0]], .timestamp, nullable: true) { v in
            guard case .struct(let parts) = v[0], parts.count == 2, case .timestamp(let end) = parts[1] else { return .null }
            return .timestamp(end - 1)
        }
    }
    + scalar("make_date") { c, _ throws(SparkError) in
        try c.arity(3)
        return c.make([try c.int(0), try c.int(1), try c.int(2)], .date) { v in
            guard case .int(let y) = v[0], case .int(let m) = v[1], case .int(let d) = v[2] else { return .null }
            return .date(try DateTimeFunctions.makeDate(Int(y), Int(m), Int(d)))
        }
    }
    + scalar("make_timestamp", "try_make_timestamp") { c, _ throws(SparkError) in
        try c.arity(6...7)
        let seconds = try c.coerce(5, to: .decimal(precision: 16, scale: 6))
        // try_make_timestamp answers null where make_timestamp raises for an invalid field.
        let nullOnError = c.name == "try_make_timestamp"
        // A seventh argument names the zone the fields are local to.
        let zoneArgument: [Expression] = c.count == 7 ? [try c.string(6)] : []
        let constantZone: TimeZone? = if c.count == 7, case .string(let z)? = c.literal(6) { try SessionZones.zone(z) } else { nil }
        return c.make([try c.int(0), try c.int(1), try c.int(2), try c.int(3), try c.int(4), seconds] + zoneArgument, .timestamp) { v in
            guard case .int(let y) = v[0], case .int(let mo) = v[1], case .int(let d) = v[2], case .int(let h) = v[3],
                  case .int(let mi) = v[4], case .decimal(let su, let ss) = v[5] else { return .null }
            do throws(SparkError) {
                let local = try DateTimeFunctions.makeTimestamp(y, mo, d, h, mi, secondsUnscaled: su, scale: ss)
                guard v.count == 7 else { return .timestamp(local) }
                guard case .string(let name) = v[6] else { return .null }
                let zone: TimeZone
                if let constantZone { zone = constantZone } else { zone = try SessionZones.zone(name) }
                return .timestamp(SessionZones.utc(ofLocal: local, in: zone))
            } catch {
                if nullOnError { return .null }
                throw error
            }
        }
    }
    + scalar("make_dt_interval") { c, _ throws(SparkError) in
        // make_dt_interval([days [, hours [, mins [, secs]]]]): missing parts are 0.
        try c.arity(0...4)
        var args: [Expression] = []
        for i in 0..<3 { args.append(i < c.count ? try c.int(i) : .literal(.int(0), .int)) }
        args.append(c.count == 4 ? try c.coerce(3, to: .decimal(precision: 18, scale: 6)) : .literal(.decimal(0, scale: 6), .decimal(precision: 18, scale: 6)))
        return c.make(args, .dayTimeInterval(start: .day, end: .second)) { v in
            guard case .int(let days) = v[0], case .int(let hours) = v[1], case .int(let mins) = v[2],
                  case .decimal(let su, let ss) = v[3] else { return .null }
            let secMicros = Decimal128.rescale(su, from: ss, to: 6) ?? 0
            let total = Int128(days) * Int128(DateTimeUtils.microsPerDay) + Int128(hours) * 3_600_000_000
                + Int128(mins) * 60_000_000 + secMicros
            guard let micros = Int64(exactly: total) else {
                throw SparkErrors.arithmeticOverflow("long overflow", suggestion: "try_add")
            }
            return .interval(micros)
        }
    }
    + scalar("make_ym_interval") { c, _ throws(SparkError) in
        // make_ym_interval([years [, months]]): missing parts are 0.
        try c.arity(0...2)
        var args: [Expression] = []
        for i in 0..<2 { args.append(i < c.count ? try c.int(i) : .literal(.int(0), .int)) }
        return c.make(args, .yearMonthInterval(start: .year, end: .month)) { v in
            guard case .int(let years) = v[0], case .int(let months) = v[1] else { return .null }
            guard let total = Int32(exactly: years * 12 + months) else {
                throw SparkErrors.arithmeticOverflow("integer overflow", suggestion: "try_add")
            }
            return .interval(Int64(total))
        }
    }
    + scalar("timestamp_seconds", "timestamp_millis", "timestamp_micros") { c, _ throws(SparkError) in
        try c.arity(1)
        let factor: Int64 = c.name == "timestamp_seconds" ? 1_000_000 : (c.name == "timestamp_millis" ? 1000 : 1)
        if c.name == "timestamp_seconds", c[0].dataType.isFractional || c[0].dataType.isDecimal {
            return c.make([try c.coerce(0, to: .double)], .timestamp) { v in
                guard case .double(let d) = v[0] else { return .null }
                return .timestamp(Cast.javaLong(d * 1_000_000))
            }
        }
        return c.make([try c.coerce(0, to: .long)], .timestamp) { v in
            guard case .int(let n) = v[0] else { return .null }
            let (r, o) = n.multipliedReportingOverflow(by: factor)
            if o { throw SparkErrors.arithmeticOverflow("long overflow", suggestion: "try_multiply") }
            return .timestamp(r)
        }
    }
    + scalar("unix_seconds", "unix_millis", "unix_micros") { c, _ throws(SparkError) in
        try c.arity(1)
        let divisor: Int64 = c.name == "unix_seconds" ? 1_000_000 : (c.name == "unix_millis" ? 1000 : 1)
        // A timestamp only: Spark casts no date or string here.
        guard c[0].dataType == .timestamp || c[0].dataType == .null else {
            throw c.unexpectedType(0, required: "(\"(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)\" or \"(TIMESTAMP_LTZ(P) OR TIMESTAMP_NTZ(P) WITH P IN [7, 9])\")")
        }
        return c.make([try timestampArg(c, 0)], .long) { v in
            guard case .timestamp(let t) = v[0] else { return .null }
            return .int(Cast.floorDiv(t, divisor))
        }
    }
    + scalar("unix_date") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try dateArg(c, 0)], .int) { v in
            guard case .date(let d) = v[0] else { return .null }
            return .int(Int64(d))
        }
    }
    + scalar("date_from_unix_date") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.int(0)], .date) { v in
            guard case .int(let n) = v[0] else { return .null }
            return .date(Int32(clamping: n))
        }
    }
    + scalar("dayname", "monthname") { c, _ throws(SparkError) in
        try c.arity(1)
        let day = c.name == "dayname"
        return c.make([try dateArg(c, 0)], .string) { v in
            guard case .date(let d) = v[0] else { return .null }
            if day { return .string(String(DateTimePattern.dayNames[DateTimeFunctions.isoDayOfWeek(d) - 1].prefix(3))) }
            return .string(String(DateTimePattern.monthNames[DateTimeUtils.civil(fromDays: d).month - 1].prefix(3)))
        }
    }
    + scalar("date_part", "extract", "datepart") { c, _ throws(SparkError) in
        try c.arity(2)
        guard case .string(let fieldName)? = c.literal(0), let field = DateTimeFunctions.ExtractField(fieldName) else {
            let shown = c.literal(0).map { Cast.castToString($0, .string) } ?? c[0].prettyName
            throw SparkError("INVALID_EXTRACT_FIELD", "Cannot extract `\(shown)` from \"\(c[1].prettyName)\".", sqlState: "42601")
        }
        // `EXTRACT(YEAR FROM d)` is named as written; date_part is an ordinary call.
        var format: (@Sendable ([String]) -> String)?
        // `datepart` is built as an extract and named like one: `datepart(DAY FROM d)`.
        if c.name == "extract" || c.name == "datepart" {
            let name = c.name
            format = { args in "\(name)(\(args[0]) FROM \(args[1]))" }
        }
        if c[1].dataType.isDayTimeInterval || c[1].dataType.isYearMonthInterval {
            return try DateTimeFunctions.extractFromInterval(c, field, fieldName: fieldName, format: format)
        }
        let source = field.needsTime ? try timestampArg(c, 1) : try dateArg(c, 1)
        let explain = field.explainFormat
        if field == .second {
            return c.make([c[0], source], .decimal(precision: 8, scale: 6), format: format, explainFormat: explain) { v in
                guard case .timestamp(let t) = v[1] else { return .null }
                let inMinute = (t % 60_000_000 + 60_000_000) % 60_000_000
                return .decimal(Int128(inMinute), scale: 6)
            }
        }
        return c.make([c[0], source], .int, format: format, explainFormat: explain) { v in
            switch v[1] {
            case .date(let d): return .int(Int64(field.value(days: d, micros: DateTimeFunctions.startOfDay(d))))
            case .timestamp(let t):
                return .int(Int64(field.value(days: Int32(Cast.floorDiv(t, DateTimeUtils.microsPerDay)), micros: t)))
            default: return .null
            }
        }
    }
    + scalar("current_date", "curdate") { c, _ throws(SparkError) in
        try c.arity(0)
        let today = Int32(Cast.floorDiv(Int64(Date().timeIntervalSince1970), 86_400))
        return c.make([], .date, name: "current_date") { _ in .date(today) }
    }
    + scalar("current_timestamp", "now", "localtimestamp") { c, _ throws(SparkError) in
        try c.arity(0)
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
        return c.make([], .timestamp, name: c.name == "now" ? "now" : c.name) { _ in .timestamp(now) }
    }
    + scalar("current_timezone") { c, _ throws(SparkError) in
        try c.arity(0)
        return c.make([], .string) { _ in .string("UTC") }
    }

// MARK: - Argument coercion

/// A DATE argument: strings and timestamps are cast to date.
func dateArg(_ c: FunctionCall, _ i: Int) throws(SparkError) -> Expression {
    switch c[i].dataType {
    case .date: return c[i]
    case .string, .timestamp, .null: return .cast(c[i], .date, .ansi)
    default: throw c.unexpectedType(i, required: "\"DATE\"")
    }
}

/// A TIMESTAMP argument: strings and dates are cast to timestamp.
func timestampArg(_ c: FunctionCall, _ i: Int, required: String = "\"TIMESTAMP\"") throws(SparkError) -> Expression {
    switch c[i].dataType {
    case .timestamp: return c[i]
    case .string, .date, .null: return .cast(c[i], .timestamp, .ansi)
    default: throw c.unexpectedType(i, required: required)
    }
}

/// The pattern of argument `i` compiled once when it is a constant.
func constantPattern(_ c: FunctionCall, _ i: Int, forParsing: Bool = false) throws(SparkError) -> DateTimePattern? {
    if case .string(let p)? = c.literal(i) { return try DateTimePattern(p, forParsing: forParsing) }
    return nil
}

extension FunctionCall {
    func constantPatternArgument(forParsing: Bool = false) throws(SparkError) -> DateTimePattern? {
        try constantPattern(self, 1, forParsing: forParsing)
    }
}

func dateField(_ names: String..., value: @escaping @Sendable (Int32) -> Int) -> [FunctionBuilder] {
    names.flatMap { name in
        scalar(name) { c, _ throws(SparkError) in
            try c.arity(1)
            return c.make([try dateArg(c, 0)], .int) { v in
                guard case .date(let d) = v[0] else { return .null }
                return .int(Int64(value(d)))
            }.withWordKernel(WordKernel(input: .date) { Int64(value(Int32(truncatingIfNeeded: $0))) })
        }
    }
}

func timeField(_ name: String, value: @escaping @Sendable (Int64) -> Int) -> [FunctionBuilder] {
    scalar(name) { c, _ throws(SparkError) in
        try c.arity(1)
        let field: @Sendable (Int64) -> Int64 = { t in
            Int64(value(t - Cast.floorDiv(t, DateTimeUtils.microsPerDay) * DateTimeUtils.microsPerDay))
        }
        return c.make([try timestampArg(c, 0)], .int) { v in
            guard case .timestamp(let t) = v[0] else { return .null }
            return .int(field(t))
        }.withWordKernel(WordKernel(input: .timestamp, apply: field))
    }
}

// MARK: - Calendar helpers

enum DateTimeFunctions {
    /// Days since the epoch computed in 64 bits and clamped to the DATE range, so extreme years never trap.
    static func safeDays(year: Int, month: Int, day: Int) -> Int32 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((month + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(clamping: era * 146_097 + doe - 719_468)
    }

    /// Microseconds at the start of a day, saturating instead of overflowing for dates far from the epoch.
    static func startOfDay(_ days: Int32) -> Int64 {
        let (r, overflow) = Int64(days).multipliedReportingOverflow(by: DateTimeUtils.microsPerDay)
        return overflow ? Cast.saturatedMicros(negative: days < 0) : r
    }

    /// Spark's `add_months`: the day is clamped to the last day of the target month.
    static func addMonths(_ days: Int32, _ months: Int64) -> Int32 {
        let (y, m, d) = DateTimeUtils.civil(fromDays: days)
        let total = Int64(y) * 12 + Int64(m - 1) + max(-100_000_000, min(100_000_000, months))
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        let nm = Int(total - ny * 12 + 1)
        let year = Int(max(-10_000_000, min(10_000_000, ny)))
        return safeDays(year: year, month: nm, day: min(d, DateTimeUtils.daysInMonth(year: year, month: nm)))
    }

    /// 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday).
    static func isoDayOfWeek(_ days: Int32) -> Int {
        Int(((Int64(days) + 3) % 7 + 7) % 7) + 1
    }

    static func dayOfYear(_ days: Int32) -> Int {
        let (y, _, _) = DateTimeUtils.civil(fromDays: days)
        return Int(Int64(days) - Int64(DateTimeFunctions.safeDays(year: y, month: 1, day: 1))) + 1
    }

    /// ISO-8601 week number: the week belongs to the year of its Thursday.
    /// Microseconds since the epoch of a wall-clock time in UTC; seconds may include a fraction.
    static func makeTimestamp(_ y: Int64, _ mo: Int64, _ d: Int64, _ h: Int64, _ mi: Int64,
                              secondsUnscaled su: Int128, scale ss: Int) throws(SparkError) -> Int64 {
        let day = try makeDate(Int(y), Int(mo), Int(d))
        let secMicros = Int64(Decimal128.rescale(su, from: ss, to: 6) ?? 0)
        // 60 seconds is the next minute (as PostgreSQL allows); a fraction past it is its own error.
        if secMicros > 60_000_000 && secMicros < 61_000_000 {
            var shown = Decimal128.format(su, scale: ss)
            if shown.contains(".") { while shown.hasSuffix("0") { shown.removeLast() }; if shown.hasSuffix(".") { shown.removeLast() } }
            throw SparkError("INVALID_FRACTION_OF_SECOND", "Valid range for seconds is [0, 60] (inclusive), but the provided value is \(shown). To avoid this error, use `try_make_timestamp`, which returns NULL on error.\nIf you do not want to use the session default timestamp version of this function, use `try_make_timestamp_ntz` or `try_make_timestamp_ltz`.", sqlState: "22023")
        }
        guard (0..<24).contains(h), (0..<60).contains(mi), secMicros >= 0, secMicros <= 60_000_000 else {
            throw SparkError("DATETIME_FIELD_OUT_OF_BOUNDS.WITHOUT_SUGGESTION", "Invalid value for time field. ", sqlState: "22023")
        }
        return startOfDay(day) + (h * 3600 + mi * 60) * 1_000_000 + secMicros
    }

    /// The ISO week-based year: the year of the Thursday of the date's Monday-based week.
    static func isoWeekYear(_ days: Int32) -> Int {
        DateTimeUtils.civil(fromDays: Int32(clamping: Int64(days) - Int64(isoDayOfWeek(days)) + 4)).year
    }

    static func isoWeek(_ days: Int32) -> Int {
        let thursday = Int32(clamping: Int64(days) - Int64(isoDayOfWeek(days)) + 4)
        return (dayOfYear(thursday) - 1) / 7 + 1
    }

    static func dayOfWeek(named name: String) -> Int? {
        switch name.uppercased() {
        case "MO", "MON", "MONDAY": 1
        case "TU", "TUE", "TUESDAY": 2
        case "WE", "WED", "WEDNESDAY": 3
        case "TH", "THU", "THURSDAY": 4
        case "FR", "FRI", "FRIDAY": 5
        case "SA", "SAT", "SATURDAY": 6
        case "SU", "SUN", "SUNDAY": 7
        default: nil
        }
    }

    /// Spark's `monthsBetween`: whole months when the days match or both are month ends, else a 31-day month
    /// fraction including the time of day, rounded to 8 digits when `roundOff`.
    static func monthsBetween(_ a: Int64, _ b: Int64, roundOff: Bool) -> Double {
        let daysA = Int32(Cast.floorDiv(a, DateTimeUtils.microsPerDay)), daysB = Int32(Cast.floorDiv(b, DateTimeUtils.microsPerDay))
        let (y1, m1, d1) = DateTimeUtils.civil(fromDays: daysA), (y2, m2, d2) = DateTimeUtils.civil(fromDays: daysB)
        let monthDiff = Double((y1 * 12 + m1) - (y2 * 12 + m2))
        if d1 == d2 || (d1 == DateTimeUtils.daysInMonth(year: y1, month: m1) && d2 == DateTimeUtils.daysInMonth(year: y2, month: m2)) {
            return monthDiff
        }
        let secondsA = (a - Int64(daysA) * DateTimeUtils.microsPerDay) / 1_000_000
        let secondsB = (b - Int64(daysB) * DateTimeUtils.microsPerDay) / 1_000_000
        let secondsDiff = Double(d1 - d2) * 86_400 + Double(secondsA - secondsB)
        let diff = monthDiff + secondsDiff / (31 * 86_400)
        if !roundOff { return diff }
        return (diff * 1e8 + 0.5).rounded(.down) / 1e8
    }

    static func makeDate(_ y: Int, _ m: Int, _ d: Int) throws(SparkError) -> Int32 {
        func outOfBounds(_ detail: String) -> SparkError {
            SparkError("DATETIME_FIELD_OUT_OF_BOUNDS.WITHOUT_SUGGESTION", "\(detail) ", sqlState: "22023")
        }
        guard (-290_308...294_247).contains(y) else { throw outOfBounds("Invalid value for Year (valid values -290308 - 294247): \(y).") }
        guard (1...12).contains(m) else { throw outOfBounds("Invalid value for MonthOfYear (valid values 1 - 12): \(m).") }
        guard (1...31).contains(d) else { throw outOfBounds("Invalid value for DayOfMonth (valid values 1 - 28/31): \(d).") }
        guard d <= DateTimeUtils.daysInMonth(year: y, month: m) else {
            if m == 2 && d == 29 { throw outOfBounds("Invalid date 'February 29' as '\(y)' is not a leap year.") }
            throw outOfBounds("Invalid date '\(DateTimePattern.monthNames[m - 1].uppercased()) \(d)'.")
        }
        return DateTimeFunctions.safeDays(year: y, month: m, day: d)
    }

    enum TruncUnit {
        case year, quarter, month, week, day, hour, minute, second, millisecond, microsecond

        init?(_ text: String, forDate: Bool) {
            switch text.uppercased() {
            case "YEAR", "YYYY", "YY": self = .year
            case "QUARTER": self = .quarter
            case "MONTH", "MM", "MON": self = .month
            case "WEEK": self = .week
            case "DAY", "DD": self = .day
            case "HOUR": self = .hour
            case "MINUTE": self = .minute
            case "SECOND": self = .second
            case "MILLISECOND": self = .millisecond
            case "MICROSECOND": self = .microsecond
            default: return nil
            }
            // trunc() on dates knows only year, quarter, month and week.
            if forDate && ![.year, .quarter, .month, .week].contains(self) { return nil }
        }
    }

    static func truncate(_ micros: Int64, _ unit: TruncUnit) -> Int64 {
        let days = Int32(Cast.floorDiv(micros, DateTimeUtils.microsPerDay))
        let (y, m, _) = DateTimeUtils.civil(fromDays: days)
        func start(_ d: Int32) -> Int64 { DateTimeFunctions.startOfDay(d) }
        switch unit {
        case .year: return start(DateTimeFunctions.safeDays(year: y, month: 1, day: 1))
        case .quarter: return start(DateTimeFunctions.safeDays(year: y, month: (m - 1) / 3 * 3 + 1, day: 1))
        case .month: return start(DateTimeFunctions.safeDays(year: y, month: m, day: 1))
        case .week: return start(Int32(clamping: Int64(days) - Int64(isoDayOfWeek(days) - 1)))
        case .day: return start(days)
        case .hour: return Cast.floorDiv(micros, 3_600_000_000) * 3_600_000_000
        case .minute: return Cast.floorDiv(micros, 60_000_000) * 60_000_000
        case .second: return Cast.floorDiv(micros, 1_000_000) * 1_000_000
        case .millisecond: return Cast.floorDiv(micros, 1000) * 1000
        case .microsecond: return micros
        }
    }

    /// Fields of `extract(field FROM source)` / `date_part(field, source)`.
    /// `EXTRACT(field FROM interval)`: a day-time interval's DAY (INT), HOUR and MINUTE (TINYINT) and
    /// SECOND (DECIMAL(8, 6)) parts, a year-month interval's YEAR (INT) and MONTH (TINYINT), each keeping
    /// the interval's sign.
    static func extractFromInterval(_ c: FunctionCall, _ field: ExtractField, fieldName: String,
                                    format: (@Sendable ([String]) -> String)?) throws(SparkError) -> Expression {
        let dayTime = c[1].dataType.isDayTimeInterval
        let type: DataType
        let part: @Sendable (Int64) -> Value
        switch (dayTime, field) {
        case (true, .day): (type, part) = (.int, { .int($0 / DateTimeUtils.microsPerDay) })
        case (true, .hour): (type, part) = (.byte, { .int($0 / 3_600_000_000 % 24) })
        case (true, .minute): (type, part) = (.byte, { .int($0 / 60_000_000 % 60) })
        case (true, .second): (type, part) = (.decimal(precision: 8, scale: 6), { .decimal(Int128($0 % 60_000_000), scale: 6) })
        case (false, .year): (type, part) = (.int, { .int($0 / 12) })
        case (false, .month): (type, part) = (.byte, { .int($0 % 12) })
        default:
            throw SparkError("INVALID_EXTRACT_FIELD", "Cannot extract `\(fieldName)` from \"\(c[1].prettyName)\".", sqlState: "42601")
        }
        return c.make([c[0], c[1]], type, format: format) { v in
            guard case .interval(let n) = v[1] else { return .null }
            return part(n)
        }
    }

    enum ExtractField: Equatable {
        case year, yearOfWeek, quarter, month, week, day, dayOfWeek, dayOfWeekISO, dayOfYear, hour, minute, second

        init?(_ name: String) {
            switch name.uppercased() {
            case "YEAR", "Y", "YEARS", "YR", "YRS": self = .year
            case "YEAROFWEEK": self = .yearOfWeek
            case "QUARTER", "QTR": self = .quarter
            case "MONTH", "MON", "MONS", "MONTHS": self = .month
            case "WEEK", "W", "WEEKS": self = .week
            case "DAY", "D", "DAYS": self = .day
            case "DAYOFWEEK", "DOW": self = .dayOfWeek
            case "DAYOFWEEK_ISO", "DOW_ISO": self = .dayOfWeekISO
            case "DOY": self = .dayOfYear
            case "HOUR", "H", "HOURS", "HR", "HRS": self = .hour
            case "MINUTE", "M", "MIN", "MINS", "MINUTES": self = .minute
            case "SECOND", "S", "SEC", "SECONDS", "SECS": self = .second
            default: return nil
            }
        }

        var needsTime: Bool { self == .hour || self == .minute || self == .second }

        /// Spark replaces extract and date_part by the field's own function, which explain shows.
        var explainFormat: @Sendable ([String]) -> String {
            switch self {
            case .year: { "year(\($0[1]))" }
            case .yearOfWeek: { "yearofweek(\($0[1]))" }
            case .quarter: { "quarter(\($0[1]))" }
            case .month: { "month(\($0[1]))" }
            case .week: { "weekofyear(\($0[1]))" }
            case .day: { "dayofmonth(\($0[1]))" }
            case .dayOfWeek: { "dayofweek(\($0[1]))" }
            case .dayOfWeekISO: { "(weekday(\($0[1])) + 1)" }
            case .dayOfYear: { "dayofyear(\($0[1]))" }
            case .hour: { "hour(\($0[1]), Some(UTC))" }
            case .minute: { "minute(\($0[1]), Some(UTC))" }
            case .second: { "secondwithfraction(\($0[1]), Some(UTC))" }
            }
        }

        func value(days: Int32, micros: Int64) -> Int {
            let inDay = micros - Int64(days) * DateTimeUtils.microsPerDay
            switch self {
            case .year: return DateTimeUtils.civil(fromDays: days).year
            case .yearOfWeek: return DateTimeFunctions.isoWeekYear(days)
            case .quarter: return (DateTimeUtils.civil(fromDays: days).month - 1) / 3 + 1
            case .month: return DateTimeUtils.civil(fromDays: days).month
            case .week: return DateTimeFunctions.isoWeek(days)
            case .day: return DateTimeUtils.civil(fromDays: days).day
            case .dayOfWeek: return DateTimeFunctions.isoDayOfWeek(days) % 7 + 1
            case .dayOfWeekISO: return DateTimeFunctions.isoDayOfWeek(days)
            case .dayOfYear: return DateTimeFunctions.dayOfYear(days)
            case .hour: return Int(inDay / 3_600_000_000)
            case .minute: return Int(inDay / 60_000_000 % 60)
            case .second: return Int(inDay / 1_000_000 % 60)
            }
        }
    }
}
