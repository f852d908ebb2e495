/// `timestampadd(unit, n, ts)` and `timestampdiff(unit, start, end)`, which the SQL parser builds from
/// `TIMESTAMPADD(HOUR, 1, ts)` / `DATEADD(...)` and `TIMESTAMPDIFF(DAY, a, b)` / `DATEDIFF(DAY, a, b)` with the
/// unit as a string literal. Both work on local date-times in the session time zone (UTC), as Spark's
/// `java.time` arithmetic does: months clamp the day to the month's end, and a difference counts whole units.
let timestampUnitFunctionBuilders: [FunctionBuilder] =
    scalar("timestampadd") { c, _ throws(SparkError) in
        try c.arity(3)
        let unit = try TimestampUnits.unit(c, allowed: TimestampUnits.addUnits)
        let quantity: Expression
        switch c[1].dataType {
        case .long: quantity = c[1]
        case .int, .short, .byte, .string, .null: quantity = .cast(c[1], .long, .ansi)
        default: throw c.unexpectedType(1, required: "\"INTEGRAL\"")
        }
        return c.make([c[0], quantity, try timestampArg(c, 2)], .timestamp) { v in
            guard case .int(let n) = v[1], case .timestamp(let t) = v[2] else { return .null }
            guard let result = TimestampUnits.add(unit, n, to: t) else {
                let shown = "TIMESTAMP '\(Cast.castToString(v[2], .timestamp))'"
                throw SparkError("DATETIME_OVERFLOW", "Datetime operation overflow: add \(n) \(unit) to \(shown).", sqlState: "22008")
            }
            return .timestamp(result)
        }
    }
    + scalar("timestampdiff") { c, _ throws(SparkError) in
        try c.arity(3)
        let unit = try TimestampUnits.unit(c, allowed: TimestampUnits.diffUnits)
        return c.make([c[0], try timestampArg(c, 1), try timestampArg(c, 2)], .long) { v in
            guard case .timestamp(let start) = v[1], case .timestamp(let end) = v[2] else { return .null }
            return .int(TimestampUnits.difference(unit, from: start, to: end))
        }
    }

enum TimestampUnits {
    static let addUnits: Set<String> = [
        "MICROSECOND", "MILLISECOND", "SECOND", "MINUTE", "HOUR", "DAY", "DAYOFYEAR", "WEEK", "MONTH", "QUARTER", "YEAR",
    ]
    static let diffUnits: Set<String> = [
        "MICROSECOND", "MILLISECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR",
    ]

    /// The constant unit of argument 0, upper-cased; Spark rejects any other unit when parsing.
    static func unit(_ c: FunctionCall, allowed: Set<String>) throws(SparkError) -> String {
        guard case .string(let s)? = c.literal(0), allowed.contains(s.uppercased()) else {
            let shown = c.literal(0).map { Cast.castToString($0, .string) } ?? c[0].prettyName
            throw invalidParameter("DATETIME_UNIT", parameter: "unit", function: c.name, "expects one of the units without quotes YEAR, QUARTER, MONTH, WEEK, DAY, DAYOFYEAR, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND, but got the string literal '\(shown)'.")
        }
        return s.uppercased()
    }

    static func microsPerUnit(_ unit: String) -> Int64? {
        switch unit {
        case "MICROSECOND": 1
        case "MILLISECOND": 1_000
        case "SECOND": 1_000_000
        case "MINUTE": 60_000_000
        case "HOUR": 3_600_000_000
        default: nil
        }
    }

    /// `micros` plus `n` units, or nil when the result leaves the timestamp range.
    static func add(_ unit: String, _ n: Int64, to micros: Int64) -> Int64? {
        if let per = microsPerUnit(unit) {
            let (delta, o1) = n.multipliedReportingOverflow(by: per)
            let (r, o2) = micros.addingReportingOverflow(delta)
            return o1 || o2 ? nil : r
        }
        let days = Cast.floorDiv(micros, DateTimeUtils.microsPerDay)
        let timeOfDay = micros - days * DateTimeUtils.microsPerDay
        let newDays: Int64
        switch unit {
        case "DAY", "DAYOFYEAR", "WEEK":
            let (step, o1) = n.multipliedReportingOverflow(by: unit == "WEEK" ? 7 : 1)
            let (d, o2) = days.addingReportingOverflow(step)
            guard !o1, !o2 else { return nil }
            newDays = d
        default:
            let months: Int64 = unit == "YEAR" ? 12 : (unit == "QUARTER" ? 3 : 1)
            let (total, o) = n.multipliedReportingOverflow(by: months)
            // java.time's years end at +-999,999,999; far smaller counts already leave the timestamp range.
            guard !o, abs(total) < 12_000_000_000, let start = Int32(exactly: days) else { return nil }
            newDays = Int64(DateTimeFunctions.addMonths(start, total))
        }
        let (dayMicros, o1) = newDays.multipliedReportingOverflow(by: DateTimeUtils.microsPerDay)
        let (r, o2) = dayMicros.addingReportingOverflow(timeOfDay)
        return o1 || o2 ? nil : r
    }

    /// Whole units from `start` to `end`, truncated toward zero (`ChronoUnit.between` on local date-times).
    static func difference(_ unit: String, from start: Int64, to end: Int64) -> Int64 {
        if let per = microsPerUnit(unit) {
            let (d, overflow) = end.subtractingReportingOverflow(start)
            // Only microseconds between the range's extremes overflow; java.time computes them exactly too.
            return overflow ? (end > start ? Int64.max : Int64.min) / per : d / per
        }
        let startDays = Cast.floorDiv(start, DateTimeUtils.microsPerDay)
        let startTime = start - startDays * DateTimeUtils.microsPerDay
        var endDays = Cast.floorDiv(end, DateTimeUtils.microsPerDay)
        let endTime = end - endDays * DateTimeUtils.microsPerDay
        // A last day whose time of day has not yet reached the start's does not count as a whole day.
        if endDays > startDays && endTime < startTime { endDays -= 1 } else if endDays < startDays && endTime > startTime { endDays += 1 }
        switch unit {
        case "DAY": return endDays - startDays
        case "WEEK": return (endDays - startDays) / 7
        default:
            guard let s = Int32(exactly: startDays), let e = Int32(exactly: endDays) else { return 0 }
            let (sy, sm, sd) = DateTimeUtils.civil(fromDays: s)
            let (ey, em, ed) = DateTimeUtils.civil(fromDays: e)
            // LocalDate.until: months between the packed (month, day) values, truncated toward zero.
            let packedStart = (Int64(sy) * 12 + Int64(sm - 1)) * 32 + Int64(sd)
            let packedEnd = (Int64(ey) * 12 + Int64(em - 1)) * 32 + Int64(ed)
            let months = (packedEnd - packedStart) / 32
            return unit == "YEAR" ? months / 12 : (unit == "QUARTER" ? months / 3 : months)
        }
    }
}
