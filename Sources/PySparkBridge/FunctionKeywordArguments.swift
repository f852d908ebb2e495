import PyLite

/// The parameters of `pyspark.sql.functions` callables that are often passed by keyword
/// (`F.lag(c, offset=2, default=0)`, `F.date_add("d", days=3)`), in PySpark's order, with the defaults
/// PySpark gives a parameter left out before a later one. Keyword arguments are placed at their parameter's
/// position so the call reads as the positional one.
enum FunctionKeywordArguments {
    struct Parameter {
        let name: String
        /// The value PySpark passes when the parameter is omitted; nil when it is required or trails.
        let defaultValue: PyValue?

        init(_ name: String, _ defaultValue: PyValue? = nil) {
            self.name = name
            self.defaultValue = defaultValue
        }
    }

    // Immutable; PyValue is not Sendable, so the compiler cannot see that.
    nonisolated(unsafe) static let parameters: [String: [Parameter]] = [
        "lag": [.init("col"), .init("offset", .int(1)), .init("default", PyValue.none)],
        "lead": [.init("col"), .init("offset", .int(1)), .init("default", PyValue.none)],
        "ntile": [.init("n")],
        "nth_value": [.init("col"), .init("offset"), .init("ignoreNulls", .bool(false))],
        "first": [.init("col"), .init("ignorenulls", .bool(false))],
        "last": [.init("col"), .init("ignorenulls", .bool(false))],
        "date_add": [.init("start"), .init("days")],
        "date_sub": [.init("start"), .init("days")],
        "add_months": [.init("start"), .init("months")],
        "date_format": [.init("date"), .init("format")],
        "to_date": [.init("col"), .init("format")],
        "to_timestamp": [.init("col"), .init("format")],
        "try_to_timestamp": [.init("col"), .init("format")],
        "unix_timestamp": [.init("timestamp"), .init("format", .str("yyyy-MM-dd HH:mm:ss"))],
        "from_unixtime": [.init("timestamp"), .init("format", .str("yyyy-MM-dd HH:mm:ss"))],
        "months_between": [.init("date1"), .init("date2"), .init("roundOff", .bool(true))],
        "datediff": [.init("end"), .init("start")],
        "trunc": [.init("date"), .init("format")],
        "date_trunc": [.init("format"), .init("timestamp")],
        "next_day": [.init("date"), .init("dayOfWeek")],
        "from_utc_timestamp": [.init("timestamp"), .init("tz")],
        "to_utc_timestamp": [.init("timestamp"), .init("tz")],
        "make_date": [.init("year"), .init("month"), .init("day")],
        "round": [.init("col"), .init("scale", .int(0))],
        "make_dt_interval": [.init("days", .int(0)), .init("hours", .int(0)), .init("mins", .int(0)), .init("secs", .int(0))],
        "make_ym_interval": [.init("years", .int(0)), .init("months", .int(0))],
        "make_timestamp": [.init("years"), .init("months"), .init("days"), .init("hours"), .init("mins"), .init("secs"), .init("timezone")],
        "timestamp_add": [.init("unit"), .init("quantity"), .init("ts")],
        "timestamp_diff": [.init("unit"), .init("start"), .init("end")],
    ]

    /// The arguments in parameter order, or nil when `name` has no table or no keyword was given.
    static func positional(_ name: String, _ a: PyArguments) throws -> [PyValue]? {
        guard let params = parameters[name], !a.keyword.isEmpty else { return nil }
        var slots: [PyValue?] = a.positional.map { $0 }
        for (key, value) in a.keyword {
            guard let index = params.firstIndex(where: { $0.name == key }) else {
                throw PyException.typeError("\(name)() got an unexpected keyword argument '\(key)'")
            }
            if index < slots.count, slots[index] != nil {
                throw PyException.typeError("\(name)() got multiple values for argument '\(key)'")
            }
            while slots.count <= index { slots.append(nil) }
            slots[index] = value
        }
        var out: [PyValue] = []
        for (i, slot) in slots.enumerated() {
            if let slot { out.append(slot); continue }
            guard i < params.count, let fallback = params[i].defaultValue else {
                throw PyException.typeError("\(name)() missing 1 required positional argument: '\(i < params.count ? params[i].name : "?")'")
            }
            out.append(fallback)
        }
        return out
    }
}
