/// The running state of one aggregate for one group. Partial aggregation exports the state as values
/// (`state`), the final phase merges exported states (`merge`), and `result` gives the aggregate's value.
struct Accumulator {
    let kind: AggregateFunctionKind
    let resultType: DataType
    let inputType: DataType
    let ignoreNulls: Bool
    let ansi: Bool

    // State. Which fields are used depends on `kind`.
    var count: Int64 = 0
    var intSum: Int64 = 0
    var doubleSum: Double = 0
    var decimalSum: Int128 = 0
    var overflowed = false
    var value: Value = .null
    var ordering: Value = .null
    var isSet = false
    var items: [Value] = []
    var seen: Set<Value> = []
    // Welford's online variance.
    var mean: Double = 0
    var m2: Double = 0
    var modeCounter: ModeCounter
    /// listagg: the WITHIN GROUP order and the delimiter.
    var listOrder: [SortOrder] = []
    var separator: Value = .null
    /// covar_pop, covar_samp, corr, skewness and kurtosis.
    var moments = StatisticalMoments()
    /// `mode(x, true)` breaks ties by the smallest value instead of the table order.
    var deterministicMode = false

    init(_ agg: AggregateExpression, ansi: Bool) {
        kind = agg.kind
        resultType = agg.resultType
        inputType = agg.arguments.first?.dataType ?? .null
        ignoreNulls = agg.ignoreNulls
        self.ansi = ansi && !agg.nullOnOverflow
        if agg.arguments.count > 1, let p = PercentageLiteral.value(agg.arguments[1]) { percentages = p }
        reverse = agg.reverse
        if agg.kind == .listagg {
            listOrder = agg.withinGroup
            if agg.arguments.count > 1, let d = FunctionCall.constant(agg.arguments[1]) { separator = d }
        }
        modeCounter = ModeCounter(keyType: inputType)
        if agg.kind == .mode, agg.arguments.count > 1, case .literal(.bool(let d), _) = agg.arguments[1] { deterministicMode = d }
        if agg.kind == .pivotFirst, agg.arguments.count == 3, case .literal(.array(let values), _) = agg.arguments[2] {
            items = Array(repeating: .null, count: values.count)
            for (i, v) in values.enumerated() where pivotIndex[v] == nil { pivotIndex[v] = i }
        }
    }

    /// For `pivotfirst`: the position of each pivot value (null is a value like any other).
    var pivotIndex: [Value: Int] = [:]

    /// How many values the exported state has (`partial_avg` exports sum and count).
    static func stateTypes(_ agg: AggregateExpression) -> [DataType] {
        let input = agg.arguments.first?.dataType ?? .null
        switch agg.kind {
        case .count, .countIf, .approxCountDistinct: return [.long]
        case .sum: return [agg.resultType, .boolean]
        case .avg: return [averageSumType(input), .long]
        case .min, .max, .boolAnd, .boolOr, .bitAnd, .bitOr, .bitXor: return [agg.resultType]
        case .first, .last, .anyValue: return [input, .boolean]
        case .collectList, .collectSet, .median, .percentile, .percentileDisc, .percentileApprox:
            return [.array(element: input, containsNull: true)]
        case .pivotFirst: return [agg.resultType]
        case .mode:
            let entry = DataType.struct([StructField("value", input, nullable: false),
                                         StructField("count", .long, nullable: false)])
            return [.array(element: entry, containsNull: false)]
        case .stddevSamp, .stddevPop, .varianceSamp, .variancePop: return [.double, .double, .double]
        case .covarPop, .covarSamp, .corr, .skewness, .kurtosis: return StatisticalMoments.stateTypes
        case .listagg: return [.array(element: ListAggregation.stateElement(agg), containsNull: false)]
        case .maxBy, .minBy: return [input, agg.arguments.count > 1 ? agg.arguments[1].dataType : .null]
        }
    }

    /// Spark's `Average` adds integral values as doubles (its sum buffer is DOUBLE), so `avg` of large
    /// longs rounds like Spark and never overflows.
    static func averageSumType(_ t: DataType) -> DataType {
        switch sumType(t) {
        case .long: .double
        case let other: other
        }
    }

    static func sumType(_ t: DataType) -> DataType {
        switch t {
        case .decimal(let p, let s): .decimal(precision: min(38, p + 10), scale: s)
        case .float, .double: .double
        case .dayTimeInterval, .yearMonthInterval: t
        default: .long
        }
    }

    mutating func update(_ args: [Value]) throws {
        let v = args.first ?? .null
        switch kind {
        case .count:
            if args.isEmpty || !args.contains(where: \.isNull) { count += 1 }
        case .countIf:
            if v == .bool(true) { count += 1 }
        case .approxCountDistinct:
            if !v.isNull, seen.insert(v).inserted { count += 1 }
        case .sum, .avg:
            guard !v.isNull else { return }
            try add(v)
            count += 1
        case .min, .max:
            guard !v.isNull else { return }
            if value.isNull { value = v; return }
            let c = ValueOrdering.compare(v, value)
            if (kind == .min && c < 0) || (kind == .max && c > 0) { value = v }
        case .first, .last, .anyValue:
            Self.updateFirstLast(kind, ignoreNulls: ignoreNulls, v, value: &value, isSet: &isSet)
        case .boolAnd, .boolOr:
            guard case .bool(let b) = v else { return }
            if case .bool(let cur) = value { value = .bool(kind == .boolAnd ? (cur && b) : (cur || b)) } else { value = .bool(b) }
        case .bitAnd, .bitOr, .bitXor:
            guard case .int(let b) = v else { return }
            guard case .int(let cur) = value else { value = .int(b); return }
            value = .int(kind == .bitAnd ? cur & b : kind == .bitOr ? cur | b : cur ^ b)
        case .collectList:
            if !v.isNull { items.append(v) }
        case .collectSet:
            if !v.isNull, seen.insert(v).inserted { items.append(v) }
        case .median, .percentile, .percentileDisc, .percentileApprox:
            if !v.isNull { items.append(v) }
        case .mode:
            if !v.isNull { modeCounter.add(v, count: 1) }
        case .listagg:
            if let item = ListAggregation.item(args) { items.append(item) }
        case .covarPop, .covarSamp, .corr:
            guard let x = v.doubleValue, args.count > 1, let y = args[1].doubleValue else { return }
            moments.add(x, y)
        case .skewness, .kurtosis:
            guard let x = v.doubleValue else { return }
            moments.add(x)
        case .stddevSamp, .stddevPop, .varianceSamp, .variancePop:
            // Spark's CentralMomentAgg update, step for step, so the doubles round the same way.
            guard let x = v.doubleValue else { return }
            count += 1
            let delta = x - mean
            let deltaN = delta / Double(count)
            mean += deltaN
            m2 += delta * (delta - deltaN)
        case .pivotFirst:
            if let i = pivotIndex[v], args.count > 1, !args[1].isNull { items[i] = args[1] }
        case .maxBy, .minBy:
            let o = args.count > 1 ? args[1] : .null
            guard !o.isNull else { return }
            if ordering.isNull {
                ordering = o; value = v; return
            }
            // Spark keeps the old value only when it is strictly better: on a tie the later row wins.
            let c = ValueOrdering.compare(o, ordering)
            if (kind == .maxBy && c >= 0) || (kind == .minBy && c <= 0) { ordering = o; value = v }
        }
    }

    /// `first`, `last` and `any_value` reading `v`, over fields kept here or elsewhere (`AccumulatorColumn`).
    @inline(__always) static func updateFirstLast(_ kind: AggregateFunctionKind, ignoreNulls: Bool, _ v: Value,
                                                  value: inout Value, isSet: inout Bool) {
        if ignoreNulls && v.isNull { return }
        if kind != .last && isSet { return }
        value = v
        isSet = true
    }

    /// `first`, `last` and `any_value` merging an exported state (the value, and whether there is one).
    @inline(__always) static func mergeFirstLast(_ kind: AggregateFunctionKind, _ state: [Value], value: inout Value, isSet: inout Bool) {
        guard state[1] == .bool(true), kind == .last || !isSet else { return }
        value = state[0]
        isSet = true
    }

    private mutating func add(_ v: Value) throws {
        switch v {
        case .int(let x): try addLong(x)
        case .double(let d): doubleSum += d
        case .decimal(let u, let s): addDecimal(u, scale: s)
        case .interval(let i): intSum &+= i
        default: break
        }
    }

    /// Adds an integer to a sum (or an average's sum), failing on overflow as ANSI `sum` does.
    @inline(__always) mutating func addLong(_ x: Int64) throws {
        try Self.addLong(x, to: &intSum, &doubleSum, overflowed: &overflowed, failOnOverflow: failsOnLongOverflow)
    }

    /// ANSI `sum` fails on overflow; an average's integer sum only notes it.
    var failsOnLongOverflow: Bool { ansi && kind == .sum }

    /// `addLong` over fields kept elsewhere (`AccumulatorColumn`).
    @inline(__always) static func addLong(_ x: Int64, to intSum: inout Int64, _ doubleSum: inout Double, overflowed: inout Bool,
                                          failOnOverflow: Bool) throws {
        let (r, o) = intSum.addingReportingOverflow(x)
        if o {
            if failOnOverflow { throw SparkErrors.arithmeticOverflow("overflow", suggestion: "try_add") }
            overflowed = true
        }
        intSum = r
        doubleSum += Double(x)
    }

    /// Adds a decimal of scale `s` to a sum, at the sum type's scale.
    @inline(__always) mutating func addDecimal(_ u: Int128, scale s: Int) {
        Self.addDecimal(u, scale: s, sumScale: sumScale(forInputScale: s), to: &decimalSum, overflowed: &overflowed)
    }

    /// The scale a decimal sum keeps: the sum type's, or the input's when the sum is not a decimal.
    func sumScale(forInputScale s: Int) -> Int {
        if case .decimal(_, let ts) = Self.sumType(inputType) { return ts }
        return s
    }

    /// `addDecimal` over fields kept elsewhere (`AccumulatorColumn`).
    @inline(__always) static func addDecimal(_ u: Int128, scale s: Int, sumScale: Int, to decimalSum: inout Int128, overflowed: inout Bool) {
        let scaled = Decimal128.rescale(u, from: s, to: sumScale) ?? 0
        let (r, o) = decimalSum.addingReportingOverflow(scaled)
        if o { overflowed = true }
        decimalSum = r
    }

    /// The exported partial state.
    func state() -> [Value] {
        switch kind {
        case .count, .countIf: return [.int(count)]
        case .approxCountDistinct: return [.array(Array(seen))]
        // As Spark's sum buffer: a null sum of a non-empty group means it overflowed (try_sum's null).
        case .sum: return [overflowed ? .null : sumValue(), .bool(count == 0)]
        case .avg: return [Self.averageSumType(inputType) == .double ? .double(doubleSum) : sumValue(), .int(count)]
        case .min, .max, .boolAnd, .boolOr, .bitAnd, .bitOr, .bitXor: return [value]
        case .first, .last, .anyValue: return [value, .bool(isSet)]
        case .collectList, .collectSet, .median, .percentile, .percentileDisc, .percentileApprox, .pivotFirst: return [.array(items)]
        case .stddevSamp, .stddevPop, .varianceSamp, .variancePop: return [.double(Double(count)), .double(mean), .double(m2)]
        case .covarPop, .covarSamp, .corr, .skewness, .kurtosis: return moments.state
        case .listagg: return [.array(items)]
        case .maxBy, .minBy: return [value, ordering]
        case .mode: return [.array(modeCounter.entries.map { .struct([$0.0, .int($0.1)]) })]
        }
    }

    private func sumValue() -> Value {
        switch Self.sumType(inputType) {
        case .long: return .int(intSum)
        case .double: return .double(doubleSum)
        case .decimal(_, let s): return .decimal(decimalSum, scale: s)
        case .dayTimeInterval, .yearMonthInterval: return .interval(intSum)
        default: return .null
        }
    }

    mutating func merge(_ state: [Value]) throws {
        switch kind {
        case .count, .countIf:
            count += state[0].int64Value ?? 0
        case .approxCountDistinct:
            if case .array(let vs) = state[0] { for v in vs where seen.insert(v).inserted { count += 1 } }
        case .sum, .avg:
            let n: Int64 = kind == .avg ? (state[1].int64Value ?? 0) : (state[1] == .bool(true) ? 0 : 1)
            if kind == .sum, n > 0, state[0].isNull {
                if ansi { throw SparkErrors.arithmeticOverflow("long overflow", suggestion: "try_sum") }
                overflowed = true
                count += n
                return
            }
            guard n > 0, !state[0].isNull else { return }
            try add(state[0])
            count += n
        case .min, .max, .boolAnd, .boolOr, .bitAnd, .bitOr, .bitXor:
            if !state[0].isNull { try update([state[0]]) }
        case .first, .last, .anyValue:
            Self.mergeFirstLast(kind, state, value: &value, isSet: &isSet)
        case .collectList, .median, .percentile, .percentileDisc, .percentileApprox:
            if case .array(let vs) = state[0] { items += vs }
        case .collectSet:
            if case .array(let vs) = state[0] { for v in vs where seen.insert(v).inserted { items.append(v) } }
        case .listagg:
            if case .array(let vs) = state[0] { items += vs }
        case .covarPop, .covarSamp, .corr:
            moments.mergePairs(StatisticalMoments(state: state))
        case .skewness, .kurtosis:
            moments.mergeCentral(StatisticalMoments(state: state))
        case .stddevSamp, .stddevPop, .varianceSamp, .variancePop:
            // Spark's CentralMomentAgg merge; even a merge into an empty buffer computes mean2 / n2 * n2.
            let n2 = state[0].doubleValue ?? 0
            let mean2 = state[1].doubleValue ?? 0, m22 = state[2].doubleValue ?? 0
            let n1 = Double(count)
            let n = n1 + n2
            let delta = mean2 - mean
            let deltaN = n == 0 ? 0 : delta / n
            mean += deltaN * n2
            m2 += m22 + delta * deltaN * n1 * n2
            count += Int64(n2)
        case .maxBy, .minBy:
            if !state[1].isNull { try update([state[0], state[1]]) }
        case .pivotFirst:
            if case .array(let vs) = state[0] { for (i, v) in vs.enumerated() where !v.isNull && i < items.count { items[i] = v } }
        case .mode:
            guard case .array(let entries) = state[0] else { return }
            for case .struct(let pair) in entries where pair.count == 2 {
                modeCounter.add(pair[0], count: pair[1].int64Value ?? 0)
            }
        }
    }

    func result() throws -> Value {
        switch kind {
        case .count, .countIf, .approxCountDistinct: return .int(count)
        case .sum:
            if count == 0 { return .null }
            if overflowed {
                if ansi { throw SparkErrors.arithmeticOverflow("overflow", suggestion: "try_add") }
                return .null
            }
            if case .decimal(let p, let s) = resultType {
                guard Decimal128.fits(decimalSum, precision: p) else {
                    if ansi { throw SparkErrors.decimalOutOfRange(Decimal128.format(decimalSum, scale: s), precision: p, scale: s) }
                    return .null
                }
            }
            return sumValue()
        case .avg:
            if count == 0 { return .null }
            switch resultType {
            case .decimal(let p, let s):
                // Spark divides the sum by the count as DECIMAL(20,0), at that division's own result scale, and
                // casts the quotient to the average's type (so avg of decimal(38,18) ends in four zeros).
                let sumType = Self.sumType(inputType)
                guard case .decimal(_, let ss) = sumType,
                      case .decimal(_, let quotientScale) = Expression.arithmeticResultType(.divide, sumType, .decimal(precision: 20, scale: 0)),
                      let quotient = Arithmetic.divideHalfUp(decimalSum, ss, Int128(count), 0, scale: quotientScale),
                      let q = Decimal128.rescale(quotient, from: quotientScale, to: s),
                      Decimal128.fits(q, precision: p) else { return .null }
                return .decimal(q, scale: s)
            case .dayTimeInterval, .yearMonthInterval: return .interval(intSum / count)
            default:
                return .double(doubleSum / Double(count))
            }
        case .min, .max, .first, .last, .anyValue, .boolAnd, .boolOr, .bitAnd, .bitOr, .bitXor, .maxBy, .minBy: return value
        case .collectList, .pivotFirst: return .array(items)
        case .collectSet: return .array(CollectSetOrder.ordered(items))
        case .stddevSamp, .varianceSamp:
            if count == 0 { return .null }
            // One value has no sample variance: null (NaN only under spark.sql.legacy.statisticalAggregate).
            if count == 1 { return .null }
            let variance = m2 / Double(count - 1)
            return .double(kind == .stddevSamp ? variance.squareRoot() : variance)
        case .covarPop, .covarSamp, .corr, .skewness, .kurtosis:
            return moments.result(kind)
        case .listagg:
            return ListAggregation.result(items, order: listOrder, separator: separator)
        case .stddevPop, .variancePop:
            if count == 0 { return .null }
            let variance = m2 / Double(count)
            return .double(kind == .stddevPop ? variance.squareRoot() : variance)
        case .median, .percentile, .percentileDisc, .percentileApprox:
            return percentileResult()
        case .mode:
            return modeCounter.mode(deterministic: deterministicMode)
        }
    }

    /// The fractions asked for: `median` is 0.5; `percentile(x, p)` and `percentile_approx(x, p)` carry p
    /// (a number or an array) as their second argument.
    var percentages: Value = .double(0.5)

    /// `WITHIN GROUP (ORDER BY x DESC)`: the values are ranked from the largest.
    var reverse = false

    /// Spark's `percentile` interpolates between the two nearest values and `percentile_disc` takes the lower
    /// of them; `percentile_approx` returns an actual value, the smallest whose rank reaches p of the count
    /// (exact at the corpus's sizes).
    func percentileResult() -> Value {
        let sorted = items.sorted { reverse ? ValueOrdering.compare($0, $1) > 0 : ValueOrdering.compare($0, $1) < 0 }
        guard !sorted.isEmpty else { return .null }
        func one(_ p: Double) -> Value {
            if kind == .percentileApprox {
                let rank = max(1, Int((p * Double(sorted.count)).rounded(.up)))
                return sorted[min(rank, sorted.count) - 1]
            }
            let position = p * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
            if kind == .percentileDisc { return .double(sorted[lower].doubleValue ?? 0) }
            let lo = sorted[lower].doubleValue ?? 0, hi = sorted[upper].doubleValue ?? 0
            return .double(lo + (position - Double(lower)) * (hi - lo))
        }
        if case .array(let ps) = percentages { return .array(ps.map { one($0.doubleValue ?? 0.5) }) }
        return one(percentages.doubleValue ?? 0.5)
    }
}
