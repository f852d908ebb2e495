/// Array functions. Indexes are 1-based where Spark's are (`element_at`, `slice`, `array_position`).
let arrayFunctionBuilders: [FunctionBuilder] =
    scalar("array") { c, _ throws(SparkError) in
        let (args, type) = try c.commonType(bracketed: false)
        let element = c.count == 0 ? DataType.null : type
        return c.make(args, .array(element: element, containsNull: args.contains(where: \.nullable)), nullIntolerant: false) { v in
            .array(v)
        }
    }
    + scalar("size", "cardinality", "array_size") { c, context throws(SparkError) in
        try c.arity(1)
        switch c[0].dataType {
        case .array, .null: break
        case .map where c.name != "array_size": break
        default: throw c.unexpectedType(0, required: c.name == "array_size" ? "\"ARRAY\"" : "(\"ARRAY\" or \"MAP\")")
        }
        // Under spark.sql.legacy.sizeOfNull (ANSI off) the size of null is -1; array_size never is.
        let legacy = context.legacySizeOfNull && c.name != "array_size"
        let explain = sizeExplainFormat(c.name, legacySizeOfNull: legacy)
        return c.make([c[0]], .int, nullIntolerant: !legacy,
                      explainFormat: explain) { v in
            switch v[0] {
            case .array(let items): return .int(Int64(items.count))
            case .map(let entries): return .int(Int64(entries.count))
            default: return legacy ? .int(-1) : .null
            }
        }
    }
    + scalar("array_contains", "array_position", "array_remove") { c, _ throws(SparkError) in
        try c.arity(2)
        let (array, element) = try arrayAndElement(c)
        let name = c.name
        let type: DataType = switch name {
        case "array_contains": .boolean
        case "array_position": .long
        default: array.dataType
        }
        return c.make([array, element], type, nullable: name == "array_contains") { v in
            guard case .array(let items) = v[0] else { return .null }
            switch name {
            case "array_contains":
                if items.contains(where: { !$0.isNull && $0 == v[1] }) { return .bool(true) }
                return items.contains(where: \.isNull) ? .null : .bool(false)
            case "array_position":
                return .int(Int64((items.firstIndex { !$0.isNull && $0 == v[1] } ?? -1) + 1))
            default:
                return .array(items.filter { $0.isNull || $0 != v[1] })
            }
        }
    }
    + scalar("array_distinct") { c, _ throws(SparkError) in
        try c.arity(1)
        let (a, _, _) = try c.array(0)
        return c.make([a], a.dataType) { v in
            guard case .array(let items) = v[0] else { return .null }
            return .array(distinct(items))
        }
    }
    + scalar("array_union", "array_intersect", "array_except", "arrays_overlap") { c, _ throws(SparkError) in
        try c.arity(2)
        _ = try c.array(0)
        _ = try c.array(1)
        guard TypeCoercion.widerTypeWithoutStringPromotion([c[0].dataType, c[1].dataType]) != nil else {
            throw SparkError("DATATYPE_MISMATCH.BINARY_ARRAY_DIFF_TYPES", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: Input to function `\(c.name)` should have been two \"ARRAY\" with same element type, but it's [\"\(c[0].dataType.sqlName)\", \"\(c[1].dataType.sqlName)\"].")
        }
        let (args, type) = try c.commonType(bracketed: false, stringPromotion: false)
        let name = c.name
        return c.make(args, name == "arrays_overlap" ? .boolean : type, nullable: name == "arrays_overlap") { v in
            guard case .array(let a) = v[0], case .array(let b) = v[1] else { return .null }
            switch name {
            case "array_union": return .array(distinct(a + b))
            case "array_intersect": return .array(distinct(a).filter { x in b.contains { $0 == x } })
            case "array_except": return .array(distinct(a).filter { x in !b.contains { $0 == x } })
            default:
                if a.contains(where: { x in !x.isNull && b.contains { !$0.isNull && $0 == x } }) { return .bool(true) }
                return !a.isEmpty && !b.isEmpty && (a.contains(where: \.isNull) || b.contains(where: \.isNull)) ? .null : .bool(false)
            }
        }
    }
    + scalar("array_join") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let (a, element, _) = try c.array(0)
        let strings = element == .string ? a : try c.coerce(0, to: .array(element: .string, containsNull: true))
        var args = [strings, try c.string(1)]
        if c.count == 3 { args.append(try c.string(2)) }
        // Explain shows the optional null replacement as Spark's Option: `array_join(tags#1, ,, None)`.
        return c.make(args, .string, nullIntolerant: false,
                      explainFormat: { "array_join(\($0[0]), \($0[1]), \($0.count > 2 ? "Some(\($0[2]))" : "None"))" }) { v in
            guard case .array(let items) = v[0], case .string(let sep) = v[1] else { return .null }
            let replacement = v.count == 3 ? v[2].stringValue : nil
            if v.count == 3 && replacement == nil { return .null }
            return .string(items.compactMap { $0.isNull ? replacement : text($0) }.joined(separator: sep))
        }
    }
    + scalar("array_max", "array_min") { c, _ throws(SparkError) in
        try c.arity(1)
        let (a, element, _) = try c.array(0)
        let sign = c.name == "array_max" ? 1 : -1
        return c.make([a], element, nullable: true) { v in
            guard case .array(let items) = v[0] else { return .null }
            var best = Value.null
            for x in items where !x.isNull {
                if best.isNull || ValueOrdering.compare(x, best) * sign > 0 { best = x }
            }
            return best
        }
    }
    + scalar("array_repeat") { c, _ throws(SparkError) in
        try c.arity(2)
        let type = DataType.array(element: c[0].dataType, containsNull: c[0].nullable)
        return c.make([c[0], try c.int(1)], type, nullIntolerant: false) { v in
            guard case .int(let n) = v[1] else { return .null }
            try checkResultLength(Int(n), "array_repeat")
            return .array(Array(repeating: v[0], count: max(0, Int(n))))
        }
    }
    + scalar("sort_array") { c, _ throws(SparkError) in
        try c.arity(1...2)
        // The default order is an argument too: Spark names the call `sort_array(xs, true)`.
        var full = c
        if c.count == 1 { full.args.append(.literal(.bool(true), .boolean)) }
        let (a, _, _) = try full.array(0)
        let ascending = try full.coerce(1, to: .boolean)
        guard a.dataType.isOrderable else {
            throw SparkError("DATATYPE_MISMATCH.INVALID_ORDERING_TYPE", "Cannot resolve \"\(full.sqlExpr)\" due to data type mismatch: The `sort_array` does not support ordering on type \"\(a.dataType.sqlName)\".", sqlState: "42K09")
        }
        return full.make([a, ascending], a.dataType) { v in
            guard case .array(let items) = v[0] else { return .null }
            let asc = v[1] != .bool(false)
            // Ascending puts nulls first, descending last.
            return .array(items.sorted { x, y in
                if x.isNull || y.isNull { return asc ? (x.isNull && !y.isNull) : (!x.isNull && y.isNull) }
                return asc ? ValueOrdering.compare(x, y) < 0 : ValueOrdering.compare(x, y) > 0
            })
        }
    }
    + scalar("array_sort") { c, _ throws(SparkError) in
        // With a comparator lambda it is the higher-order form.
        if c.count == 2, c[1].lambdaBody != nil { return try HigherOrderFunction.arraySort.build(c) }
        try c.arity(1)
        let (a, _, _) = try c.array(0)
        // Spark shows the default comparator in the column name.
        let comparator = Expression.literal(.string(arraySortComparatorText), .string)
        var full = c
        full.args = [c[0], comparator]
        return full.make([a, comparator], a.dataType) { v in
            guard case .array(let items) = v[0] else { return .null }
            return .array(items.filter { !$0.isNull }.sorted { ValueOrdering.compare($0, $1) < 0 } + items.filter(\.isNull))
        }
    }
    + scalar("element_at", "try_element_at") { c, context throws(SparkError) in
        try c.arity(2)
        let tolerant = c.name == "try_element_at" || !context.ansi
        let explain = elementAtExplainFormat(failOnError: !tolerant)
        if case .map(let k, let v, _) = c[0].dataType {
            let key = try c.coerce(1, to: k)
            return c.make([c[0], key], v, nullable: true, explainFormat: explain) { values in
                guard case .map(let entries) = values[0] else { return .null }
                return entries.first { $0.key == values[1] }?.value ?? .null
            }
        }
        let (a, element, _) = try c.array(0)
        // The index is an INT: a BIGINT or fractional index is not narrowed implicitly.
        if c[1].dataType == .long || c[1].dataType.isFractional || c[1].dataType.isDecimal { throw c.unexpectedType(1, required: "\"INT\"") }
        return c.make([a, try c.int(1)], element, nullable: true, explainFormat: explain) { v in
            guard case .array(let items) = v[0], case .int(let i) = v[1] else { return .null }
            if i == 0 {
                if tolerant && c.name == "try_element_at" { return .null }
                throw indexOfZero()
            }
            let index = i > 0 ? Int(i) - 1 : items.count + Int(i)
            guard index >= 0, index < items.count else {
                if tolerant { return .null }
                throw SparkError("INVALID_ARRAY_INDEX_IN_ELEMENT_AT", "The index \(i) is out of bounds. The array has \(items.count) elements. Use `try_element_at` to tolerate accessing element at invalid index and return NULL instead.")
            }
            return items[index]
        }
    }
    + scalar("get") { c, _ throws(SparkError) in
        try c.arity(2)
        let (a, element, _) = try c.array(0)
        // Spark's `get` is its array index access, explained `tags#3[5]`.
        return c.make([a, try c.int(1)], element, nullable: true, explainFormat: { "\($0[0])[\($0[1])]" }) { v in
            guard case .array(let items) = v[0], case .int(let i) = v[1], i >= 0, i < items.count else { return .null }
            return items[Int(i)]
        }
    }
    + scalar("slice") { c, _ throws(SparkError) in
        try c.arity(3)
        let (a, _, _) = try c.array(0)
        return c.make([a, try c.int(1), try c.int(2)], a.dataType) { v in
            guard case .array(let items) = v[0], case .int(let start) = v[1], case .int(let length) = v[2] else { return .null }
            if start == 0 {
                throw invalidParameter("START", parameter: "start", function: "slice", "Expects a positive or a negative value for `start`, but got 0.")
            }
            if length < 0 {
                throw invalidParameter("LENGTH", parameter: "length", function: "slice", "Expects `length` greater than or equal to 0, but got \(length).")
            }
            let from = start > 0 ? Int(start) - 1 : items.count + Int(start)
            guard from >= 0, from < items.count else { return .array([]) }
            return .array(Array(items[from..<min(items.count, from + Int(min(length, Int64(Int32.max))))]))
        }
    }
    + scalar("flatten") { c, _ throws(SparkError) in
        try c.arity(1)
        guard case .array(.array(let inner, let innerNull), _) = c[0].dataType else {
            throw c.unexpectedType(0, required: "\"ARRAY\" of \"ARRAY\"")
        }
        return c.make([c[0]], .array(element: inner, containsNull: innerNull), nullable: true) { v in
            guard case .array(let outer) = v[0] else { return .null }
            var out: [Value] = []
            for x in outer {
                guard case .array(let items) = x else { return .null }
                out += items
            }
            return .array(out)
        }
    }
    + scalar("sequence") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let startType = c[0].dataType
        if startType == .date || startType == .timestamp {
            var coerced = [c[0], try c.coerce(1, to: startType)]
            if c.count == 3 {
                guard c[2].dataType.isDayTimeInterval || c[2].dataType.isYearMonthInterval else {
                    throw c.unexpectedType(2, required: "(\"INTERVAL YEAR TO MONTH\" or \"INTERVAL DAY TO SECOND\")")
                }
                coerced.append(c[2])
            }
            let isDate = startType == .date
            let stepInMonths = c.count == 3 && c[2].dataType.isYearMonthInterval
            return c.make(coerced, .array(element: startType, containsNull: false), explainFormat: sequenceExplain) { v in
                let start: Int64, stop: Int64
                switch (v[0], v[1]) {
                case (.date(let a), .date(let b)): (start, stop) = (DateTimeFunctions.startOfDay(a), DateTimeFunctions.startOfDay(b))
                case (.timestamp(let a), .timestamp(let b)): (start, stop) = (a, b)
                default: return .null
                }
                var step = TemporalSequence.Step(months: 0, micros: start <= stop ? DateTimeUtils.microsPerDay : -DateTimeUtils.microsPerDay)
                if v.count == 3 {
                    guard case .interval(let n) = v[2] else { return .null }
                    step = stepInMonths ? .init(months: n, micros: 0) : .init(months: 0, micros: n)
                }
                let values = try TemporalSequence.values(from: start, to: stop, by: step, dates: isDate)
                return .array(values.map { isDate ? .date(Int32(Cast.floorDiv($0, DateTimeUtils.microsPerDay))) : .timestamp($0) })
            }
        }
        let (args, type) = try c.commonType(bracketed: false)
        guard type.isIntegral else { throw c.unexpectedType(0, required: "(\"INTEGRAL\" or \"DATE\" or \"TIMESTAMP\")") }
        return c.make(args, .array(element: type, containsNull: false), explainFormat: sequenceExplain) { v in
            guard case .int(let start) = v[0], case .int(let stop) = v[1] else { return .null }
            var step: Int64 = start <= stop ? 1 : -1
            if v.count == 3, case .int(let s) = v[2] { step = s }
            guard (step > 0 && start <= stop) || (step < 0 && start >= stop) || (step == 0 && start == stop) else {
                // Spark fails a Scala `require` here: the error is a bare IllegalArgumentException, no error class.
                throw SparkError("IllegalArgumentException", "requirement failed: Illegal sequence boundaries: \(start) to \(stop) by \(step)")
            }
            if step == 0 { return .array([.int(start)]) }
            let (span, overflow) = stop.subtractingReportingOverflow(start)
            let (quotient, divisionOverflow) = span.dividedReportingOverflow(by: step)
            let count = overflow || divisionOverflow || quotient == Int64.max ? Int64.max : quotient + 1
            guard count <= 10_000_000 else {
                throw SparkError("COLLECTION_SIZE_LIMIT_EXCEEDED.PARAMETER", "Can't create array with \(count) elements which exceeding the array size limit 2147483632, cannot generate the sequence.")
            }
            return .array(stride(from: start, through: stop, by: Int(step)).map { .int($0) })
        }
    }
    + scalar("arrays_zip") { c, _ throws(SparkError) in
        var fields: [StructField] = []
        for i in 0..<c.count {
            let (_, element, _) = try c.array(i)
            let name: String = if case .attribute(let a) = c[i] { a.name } else { String(i) }
            fields.append(StructField(name, element, nullable: true))
        }
        // Explain lists the field names after the arrays, as Spark's ArraysZip keeps them.
        let names = fields.map(\.name)
        return c.make(c.args, .array(element: .struct(fields), containsNull: false),
                      explainFormat: { "arrays_zip(\(($0 + names).joined(separator: ", ")))" }) { v in
            let arrays = v.map { if case .array(let items) = $0 { return items }; return [] }
            let length = arrays.map(\.count).max() ?? 0
            return .array((0..<length).map { i in .struct(arrays.map { i < $0.count ? $0[i] : .null }) })
        }
    }
    + scalar("array_append", "array_prepend") { c, _ throws(SparkError) in
        try c.arity(2)
        let (array, element) = try arrayAndElement(c)
        let append = c.name == "array_append"
        guard case .array(let e, _) = array.dataType else { return array }
        return c.make([array, element], .array(element: e, containsNull: true), nullIntolerant: false) { v in
            guard case .array(let items) = v[0] else { return .null }
            return .array(append ? items + [v[1]] : [v[1]] + items)
        }
    }
    + scalar("array_compact") { c, _ throws(SparkError) in
        try c.arity(1)
        let (a, element, _) = try c.array(0)
        return c.make([a], .array(element: element, containsNull: false)) { v in
            guard case .array(let items) = v[0] else { return .null }
            return .array(items.filter { !$0.isNull })
        }
    }
    + scalar("array_insert") { c, _ throws(SparkError) in
        try c.arity(3)
        let (array, _) = try arrayAndElement(FunctionCall(name: c.name, args: [c[0], c[2]]))
        guard case .array(let e, _) = array.dataType else { return array }
        let element = try FunctionCall(name: c.name, args: [c[2]]).coerce(0, to: e)
        return c.make([array, try c.int(1), element], .array(element: e, containsNull: true), nullIntolerant: false) { v in
            guard case .array(var items) = v[0], case .int(let pos) = v[1] else { return .null }
            if pos == 0 { throw indexOfZero() }
            try checkResultLength(Int(clamping: pos.magnitude), "array_insert")
            if pos > 0 {
                let index = Int(pos) - 1
                if index > items.count { items += Array(repeating: .null, count: index - items.count) }
                items.insert(v[2], at: index)
            } else {
                let index = items.count + Int(pos) + 1
                if index < 0 { items = [v[2]] + Array(repeating: .null, count: -index) + items } else { items.insert(v[2], at: index) }
            }
            return .array(items)
        }
    }

/// `array(..)` and a value compared with its elements, both coerced to their common element type.
func arrayAndElement(_ c: FunctionCall) throws(SparkError) -> (Expression, Expression) {
    let (a, element, containsNull) = try c.array(0)
    if c[1].dataType == .null && c.name == "array_contains" {
        throw SparkError("DATATYPE_MISMATCH.NULL_TYPE", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: Null typed values cannot be used as arguments of `\(c.name)`.")
    }
    guard let common = TypeCoercion.widerTypeWithoutStringPromotion([element, c[1].dataType]) else {
        throw SparkError("DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: Input to `\(c.name)` should have been \"ARRAY\" followed by a value with same element type, but it's [\"\(a.dataType.sqlName)\", \"\(c[1].dataType.sqlName)\"].")
    }
    let array = common == element ? a : Expression.cast(a, .array(element: common, containsNull: containsNull), .ansi)
    let value = c[1].dataType == common ? c[1] : Expression.cast(c[1], common, .ansi)
    return (array, value)
}

/// Distinct values in first-seen order; null kept once.
func distinct(_ items: [Value]) -> [Value] {
    var seen = Set<Value>()
    var out: [Value] = []
    for x in items where seen.insert(x).inserted { out.append(x) }
    return out
}

func indexOfZero() -> SparkError {
    SparkError("INVALID_INDEX_OF_ZERO", "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).", sqlState: "22003")
}

let arraySortComparatorText = "lambdafunction((IF(((namedlambdavariable() IS NULL) AND (namedlambdavariable() IS NULL)), 0, (IF((namedlambdavariable() IS NULL), 1, (IF((namedlambdavariable() IS NULL), -1, (IF((namedlambdavariable() < namedlambdavariable()), -1, (IF((namedlambdavariable() > namedlambdavariable()), 1, 0)))))))))), namedlambdavariable(), namedlambdavariable())"

/// Explain shows Spark's legacySizeOfNull flag of `size` and `cardinality` (false unless the legacy conf is
/// on with ANSI off). `array_size` is Spark's `size` under another name.
func sizeExplainFormat(_ name: String, legacySizeOfNull: Bool = false) -> (@Sendable ([String]) -> String)? {
    let shown = name == "array_size" ? "size" : name
    return { "\(shown)(\($0[0]), \(legacySizeOfNull))" }
}

/// Explain shows Spark's Sequence fields: the optional step and the session time zone.
let sequenceExplain: @Sendable ([String]) -> String = { args in
    "sequence(\(args[0]), \(args[1]), \(args.count > 2 ? "Some(\(args[2]))" : "None"), Some(UTC))"
}

/// Explain names `element_at` and `try_element_at` both `element_at`, with Spark's default value (None) and
/// whether the call fails on an invalid index.
func elementAtExplainFormat(failOnError: Bool) -> @Sendable ([String]) -> String {
    { "element_at(\($0[0]), \($0[1]), None, \(failOnError))" }
}

/// `sequence(start, stop, step)` over dates and timestamps, as Spark's temporal sequence computes it: the
/// i-th element is `start` plus i steps (months first, clamped to the month's end, then microseconds), so
/// month steps from the 31st land on each month's last day.
enum TemporalSequence {
    struct Step {
        var months: Int64
        var micros: Int64
    }

    static func values(from start: Int64, to stop: Int64, by step: Step, dates: Bool) throws -> [Int64] {
        if dates && step.micros % DateTimeUtils.microsPerDay != 0 {
            throw SparkError("_LEGACY_ERROR_TEMP_3242", "sequence step must be an interval day to second of day granularity if start and end values are dates")
        }
        // The step's direction decides which bound must come first; a month counts as 28 days, its shortest.
        let (monthMicros, o1) = step.months.multipliedReportingOverflow(by: 28 * DateTimeUtils.microsPerDay)
        let (estimated, o2) = monthMicros.addingReportingOverflow(step.micros)
        let direction: Int64 = o1 || o2 ? (step.months > 0 ? 1 : -1) : estimated.signum()
        guard (direction > 0 && start <= stop) || (direction < 0 && start >= stop) || (direction == 0 && start == stop) else {
            let unit = dates ? DateTimeUtils.microsPerDay : 1
            let shownStep = step.months != 0 ? step.months : step.micros / unit
            throw SparkError("IllegalArgumentException", "requirement failed: Illegal sequence boundaries: \(Cast.floorDiv(start, unit)) to \(Cast.floorDiv(stop, unit)) by \(shownStep)")
        }
        if direction == 0 { return [start] }
        var out: [Int64] = []
        var t = start
        var i: Int64 = 0
        while direction > 0 ? t <= stop : t >= stop {
            out.append(t)
            guard out.count <= 10_000_000 else {
                throw SparkError("COLLECTION_SIZE_LIMIT_EXCEEDED.PARAMETER", "Can't create array with \(out.count) elements which exceeding the array size limit 2147483632, cannot generate the sequence.")
            }
            i += 1
            guard let next = shifted(start, months: step.months, micros: step.micros, times: i) else { break }
            t = next
        }
        return out
    }

    /// `start` plus `times` steps, or nil past the timestamp range.
    static func shifted(_ start: Int64, months: Int64, micros: Int64, times: Int64) -> Int64? {
        var t = start
        if months != 0 {
            let (total, o) = months.multipliedReportingOverflow(by: times)
            let days = Cast.floorDiv(t, DateTimeUtils.microsPerDay)
            guard !o, abs(total) < 12_000_000_000, let day = Int32(exactly: days) else { return nil }
            let (moved, o2) = Int64(DateTimeFunctions.addMonths(day, total)).multipliedReportingOverflow(by: DateTimeUtils.microsPerDay)
            guard !o2 else { return nil }
            t = moved + (t - days * DateTimeUtils.microsPerDay)
        }
        let (delta, o3) = micros.multipliedReportingOverflow(by: times)
        let (r, o4) = t.addingReportingOverflow(delta)
        return o3 || o4 ? nil : r
    }
}
