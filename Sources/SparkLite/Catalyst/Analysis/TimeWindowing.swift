/// Spark's `TimeWindowing`: `window(timeCol, '10 minutes'[, slide[, startTime]])` in a projection or a
/// grouping becomes a `window` column, `struct<start:timestamp,end:timestamp>`, computed below the node.
/// Rows whose time is null are dropped. A tumbling window (slide = duration) is one projection; a sliding
/// window expands each row into every window that can hold it and keeps those that do.
enum TimeWindowing {
    static let windowType = DataType.struct([StructField("start", .timestamp), StructField("end", .timestamp)])

    static func isWindowCall(_ e: Expression) -> Bool {
        if case .unresolvedFunction(let name, _, _) = e, name.lowercased() == "window" { return true }
        return false
    }

    /// The expressions with their `window(...)` call replaced by the new column, and the plan computing it;
    /// nil when no expression calls `window`.
    static func apply(_ expressions: [Expression], child: LogicalPlan, analyzer: Analyzer,
                      ctes: [String: LogicalPlan]) throws -> (expressions: [Expression], child: LogicalPlan)? {
        let calls = expressions.flatMap { $0.collect { isWindowCall($0) ? $0 : nil } }
        guard let call = calls.first, case .unresolvedFunction(_, let args, _) = call else { return nil }
        let callText = call.prettyName
        guard calls.allSatisfy({ $0.prettyName == callText }) else {
            throw SparkError("_LEGACY_ERROR_TEMP_1039", "Multiple time/session window expressions would result in a cartesian product of rows, therefore they are currently not supported.")
        }
        guard (2...4).contains(args.count) else { throw wrongArgumentCount("window", args.count, 2...4) }
        var time = try analyzer.resolveExpression(args[0], input: child.output, ctes: ctes)
        if time.dataType != .timestamp { time = .cast(time, .timestamp, .ansi) }
        let duration = try micros(args[1])
        let slide = args.count > 2 ? try micros(args[2]) : duration
        let startTime = args.count > 3 ? try micros(args[3]) : 0
        let shown = "window(\(time.prettyName), \(duration), \(slide), \(startTime))"
        for (name, value) in [("window_duration", duration), ("slide_duration", slide)] where value <= 0 {
            throw SparkError("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE", "Cannot resolve \"\(shown)\" due to data type mismatch: The `\(name)` must be between (0, 9223372036854775807] (current value = \(value)L).", sqlState: "42K09")
        }
        guard slide <= duration else {
            throw SparkError("DATATYPE_MISMATCH.PARAMETER_CONSTRAINT_VIOLATION", "Cannot resolve \"\(shown)\" due to data type mismatch: The `slide_duration`(\(slide)L) must be <= the `window_duration`(\(duration)L).", sqlState: "42K09")
        }

        let window = AttributeReference(name: "window", dataType: windowType)
        let nonNull = LogicalPlan.filter(.isNotNull(time), child)
        let overlapping = Int((duration + slide - 1) / slide)
        let windows = (0..<overlapping).map { i in
            Expression.function(bounds(duration: duration, slide: slide, startTime: startTime, back: Int64(i)), [time])
        }
        let plan: LogicalPlan
        if overlapping == 1 {
            plan = .project(child.output.map { .attribute($0) } + [.alias(windows[0], name: window.name, exprId: window.exprId)], nonNull)
        } else {
            let expand = LogicalPlan.expand(projections: windows.map { child.output.map { .attribute($0) } + [$0] },
                                            output: child.output + [window], nonNull)
            if duration % slide == 0 {
                // Every window the expansion makes then holds the time: Spark keeps them all, unfiltered.
                plan = expand
            } else {
                let start = try ExtractValue.extractValue(.attribute(window), .literal(.string("start"), .string))
                let end = try ExtractValue.extractValue(.attribute(window), .literal(.string("end"), .string))
                plan = .filter(.and(.comparison(.greaterThanOrEqual, time, start), .comparison(.lessThan, time, end)), expand)
            }
        }
        let replaced = expressions.map { e in e.transformUp { isWindowCall($0) ? .attribute(window) : nil } }
        return (replaced, plan)
    }

    /// The `back`-th window before the latest one starting at or before the time.
    private static func bounds(duration: Int64, slide: Int64, startTime: Int64, back: Int64) -> ScalarFunction {
        ScalarFunction(name: "named_struct", dataType: windowType) { v in
            guard case .timestamp(let t) = v[0] else { return .null }
            var offset = (t - startTime) % slide
            if offset < 0 { offset += slide }
            let start = t - offset - back * slide
            return .struct([.timestamp(start), .timestamp(start + duration)])
        }
    }

    /// A duration written as `'10 minutes'`, `'1 hour'`, `'1 day 2 hours'`, in microseconds.
    private static func micros(_ e: Expression) throws -> Int64 {
        guard case .literal(.string(let text), _) = e else {
            throw SparkError("CANNOT_PARSE_INTERVAL", "Unable to parse '\(e.prettyName)'. Please ensure that the value provided is in a valid format for defining an interval. You can reference the documentation for the correct format. If the issue persists, please double check that the input value is not null or empty and try again.")
        }
        let literal = try? parseSQLExpression("INTERVAL '\(text.replacingOccurrences(of: "'", with: "\\'"))'")
        guard case .literal(.interval(let amount), let type)? = literal else {
            throw SparkError("CANNOT_PARSE_INTERVAL", "Unable to parse '\(text)'. Please ensure that the value provided is in a valid format for defining an interval. You can reference the documentation for the correct format. If the issue persists, please double check that the input value is not null or empty and try again.")
        }
        guard type.isDayTimeInterval || amount == 0 else {
            throw SparkError("_LEGACY_ERROR_TEMP_3231", "Intervals greater than a month is not supported (\(text)).")
        }
        return amount
    }
}
