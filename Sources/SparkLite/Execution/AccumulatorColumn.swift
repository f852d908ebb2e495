/// The states of one aggregate for every group of a hash aggregation. The state fields the aggregate's
/// kind uses are kept as one flat array each (a count, a sum, the current minimum, ...), so a million
/// groups cost a few arrays of machine words instead of a million `Accumulator` structs of a few
/// hundred bytes each. Kinds whose state is a collection (collect_list, percentiles, mode, ...) keep one
/// `Accumulator` per group. Either way `Accumulator` decides what a state means: a group's fields are
/// loaded into a copy of it (`subscript`) for its `update`, `merge`, `state` and `result`, and the typed
/// loops of `ColumnarAggregation` change the arrays the same way `Accumulator` changes its fields.
struct AccumulatorColumn {
    /// Which of `Accumulator`'s fields a kind's state uses.
    struct Fields: OptionSet {
        let rawValue: Int
        static let count = Fields(rawValue: 1 << 0)
        static let intSum = Fields(rawValue: 1 << 1)
        static let doubleSum = Fields(rawValue: 1 << 2)
        static let decimalSum = Fields(rawValue: 1 << 3)
        static let overflowed = Fields(rawValue: 1 << 4)
        static let value = Fields(rawValue: 1 << 5)
        static let ordering = Fields(rawValue: 1 << 6)
        static let isSet = Fields(rawValue: 1 << 7)
        static let moments = Fields(rawValue: 1 << 8)
        /// `min`/`max` of a type kept in `Int64` slots (integers, DATE, TIMESTAMP) or of doubles: the value
        /// as a word or a double, and whether there is one yet.
        static let wordExtreme = Fields(rawValue: 1 << 9)
        static let doubleExtreme = Fields(rawValue: 1 << 10)
    }

    let aggregate: AggregateExpression
    /// A group's state before anything is added.
    let initial: Accumulator
    /// Empty when groups keep whole accumulators (`whole`).
    let fields: Fields
    private(set) var count = 0

    var counts: [Int64] = []
    var intSums: [Int64] = []
    var doubleSums: [Double] = []
    var decimalSums: [Int128] = []
    var overflowed: [Bool] = []
    var values: [Value] = []
    var orderings: [Value] = []
    var isSet: [Bool] = []
    /// Welford's running mean and sum of squared differences (stddev and variance).
    var means: [Double] = []
    var m2s: [Double] = []
    var extremeWords: [Int64] = []
    var extremeDoubles: [Double] = []
    var hasExtreme: [Bool] = []
    private var whole: [Accumulator] = []

    init(_ agg: AggregateExpression, ansi: Bool) {
        aggregate = agg
        initial = Accumulator(agg, ansi: ansi)
        fields = Self.fields(initial.kind, input: initial.inputType)
    }

    private static func fields(_ kind: AggregateFunctionKind, input: DataType) -> Fields {
        switch kind {
        case .count, .countIf: return [.count]
        case .sum, .avg:
            switch input {
            case _ where input.isIntegral: return [.count, .intSum, .doubleSum, .overflowed]
            case .double, .float: return [.count, .doubleSum]
            case .decimal: return [.count, .decimalSum, .overflowed]
            case .dayTimeInterval, .yearMonthInterval: return [.count, .intSum]
            default: return []
            }
        case .min, .max:
            switch input {
            case _ where input.isIntegral, .date, .timestamp: return [.wordExtreme]
            case .double, .float: return [.doubleExtreme]
            default: return [.value]
            }
        case .boolAnd, .boolOr, .bitAnd, .bitOr, .bitXor: return [.value]
        case .first, .last, .anyValue: return [.value, .isSet]
        case .maxBy, .minBy: return [.value, .ordering]
        case .stddevSamp, .stddevPop, .varianceSamp, .variancePop: return [.count, .moments]
        default: return []
        }
    }

    /// Adds a group in the initial state.
    mutating func append() {
        count += 1
        guard !fields.isEmpty else { return whole.append(initial) }
        if fields.contains(.count) { counts.append(0) }
        if fields.contains(.intSum) { intSums.append(0) }
        if fields.contains(.doubleSum) { doubleSums.append(0) }
        if fields.contains(.decimalSum) { decimalSums.append(0) }
        if fields.contains(.overflowed) { overflowed.append(false) }
        if fields.contains(.value) { values.append(initial.value) }
        if fields.contains(.ordering) { orderings.append(.null) }
        if fields.contains(.isSet) { isSet.append(false) }
        if fields.contains(.moments) { means.append(0); m2s.append(0) }
        if fields.contains(.wordExtreme) { extremeWords.append(0) }
        if fields.contains(.doubleExtreme) { extremeDoubles.append(0) }
        if !fields.isDisjoint(with: [.wordExtreme, .doubleExtreme]) { hasExtreme.append(false) }
    }

    /// Group `g`'s state as an accumulator; setting it stores the accumulator's state fields back.
    subscript(g: Int) -> Accumulator {
        get {
            guard !fields.isEmpty else { return whole[g] }
            var a = initial
            if fields.contains(.count) { a.count = counts[g] }
            if fields.contains(.intSum) { a.intSum = intSums[g] }
            if fields.contains(.doubleSum) { a.doubleSum = doubleSums[g] }
            if fields.contains(.decimalSum) { a.decimalSum = decimalSums[g] }
            if fields.contains(.overflowed) { a.overflowed = overflowed[g] }
            if fields.contains(.value) { a.value = values[g] }
            if fields.contains(.ordering) { a.ordering = orderings[g] }
            if fields.contains(.isSet) { a.isSet = isSet[g] }
            if fields.contains(.moments) { a.mean = means[g]; a.m2 = m2s[g] }
            if fields.contains(.wordExtreme) && hasExtreme[g] { a.value = ColumnVector.longValue(extremeWords[g], initial.inputType) }
            if fields.contains(.doubleExtreme) && hasExtreme[g] { a.value = .double(extremeDoubles[g]) }
            return a
        }
        set {
            guard !fields.isEmpty else { whole[g] = newValue; return }
            if fields.contains(.count) { counts[g] = newValue.count }
            if fields.contains(.intSum) { intSums[g] = newValue.intSum }
            if fields.contains(.doubleSum) { doubleSums[g] = newValue.doubleSum }
            if fields.contains(.decimalSum) { decimalSums[g] = newValue.decimalSum }
            if fields.contains(.overflowed) { overflowed[g] = newValue.overflowed }
            if fields.contains(.value) { values[g] = newValue.value }
            if fields.contains(.ordering) { orderings[g] = newValue.ordering }
            if fields.contains(.isSet) { isSet[g] = newValue.isSet }
            if fields.contains(.moments) { means[g] = newValue.mean; m2s[g] = newValue.m2 }
            if !fields.isDisjoint(with: [.wordExtreme, .doubleExtreme]) {
                hasExtreme[g] = false
                if !newValue.value.isNull { updateMinMax(g, newValue.value) }
            }
        }
    }

    /// Adds a row's arguments to group `g`, as `Accumulator.update`. Counting, the running minimum or
    /// maximum and the first or last value, the common per-row cases, change the arrays directly.
    mutating func update(_ g: Int, _ args: [Value]) throws {
        switch initial.kind {
        case .count:
            if args.isEmpty || !args.contains(where: \.isNull) { counts[g] += 1 }
        case .min, .max:
            let v = args.first ?? .null
            guard !v.isNull else { return }
            updateMinMax(g, v)
        case .first, .last, .anyValue:
            Accumulator.updateFirstLast(initial.kind, ignoreNulls: initial.ignoreNulls, args.first ?? .null, value: &values[g], isSet: &isSet[g])
        default:
            try modify(g) { try $0.update(args) }
        }
    }

    /// Keeps the non-null `v` as group `g`'s value when it is below the minimum or above the maximum.
    @inline(__always) mutating func updateMinMax(_ g: Int, _ v: Value) {
        if fields.contains(.wordExtreme), let x = v.int64Value { return keepExtreme(g, word: x) }
        if fields.contains(.doubleExtreme), let x = v.doubleValue { return keepExtreme(g, double: x) }
        if values[g].isNull { values[g] = v; return }
        let c = ValueOrdering.compare(v, values[g])
        if (initial.kind == .min && c < 0) || (initial.kind == .max && c > 0) { values[g] = v }
    }

    @inline(__always) mutating func keepExtreme(_ g: Int, word x: Int64) {
        if !hasExtreme[g] {
            hasExtreme[g] = true
            extremeWords[g] = x
        } else if initial.kind == .min ? x < extremeWords[g] : x > extremeWords[g] {
            extremeWords[g] = x
        }
    }

    @inline(__always) mutating func keepExtreme(_ g: Int, double x: Double) {
        if !hasExtreme[g] {
            hasExtreme[g] = true
            extremeDoubles[g] = x
            return
        }
        let c = ValueOrdering.compareDoubles(x, extremeDoubles[g])
        if initial.kind == .min ? c < 0 : c > 0 { extremeDoubles[g] = x }
    }

    /// Merges an exported state into group `g`, as `Accumulator.merge`.
    mutating func merge(_ g: Int, _ state: [Value]) throws {
        switch initial.kind {
        case .count, .countIf:
            counts[g] += state[0].int64Value ?? 0
        case .min, .max:
            if !state[0].isNull { updateMinMax(g, state[0]) }
        case .first, .last, .anyValue:
            Accumulator.mergeFirstLast(initial.kind, state, value: &values[g], isSet: &isSet[g])
        default:
            try modify(g) { try $0.merge(state) }
        }
    }

    /// Runs `body` on group `g`'s accumulator. A whole accumulator is changed where it is stored: a
    /// copy would share its collections, and appending to them would copy them every time.
    private mutating func modify(_ g: Int, _ body: (inout Accumulator) throws -> Void) rethrows {
        if fields.isEmpty { return try body(&whole[g]) }
        var a = self[g]
        try body(&a)
        self[g] = a
    }
}

extension AccumulatorColumn {
    /// Every group's exported state (`states`) or result as whole vectors of `types`, for the common
    /// kinds whose fields are the output as they stand: counts, double sums and averages, extremes and
    /// first or last values. Nil for the others, whose values `Accumulator` makes group by group.
    func typedOutput(states: Bool, types: ArraySlice<DataType>) -> [ColumnVector]? {
        let kind = initial.kind, type = types[types.startIndex]
        func longs(_ a: [Int64], _ t: DataType) -> ColumnVector { ColumnVector(dataType: t, storage: .longs(a), validity: nil, count: count) }
        func doubles(_ a: [Double], _ t: DataType, nullWhenEmpty: Bool) -> ColumnVector {
            let validity = nullWhenEmpty ? Validity.of(counts.lazy.map { $0 != 0 }) : nil
            return ColumnVector(dataType: t, storage: .doubles(a), validity: validity, count: count)
        }
        func values(_ a: [Value], _ t: DataType) -> ColumnVector {
            var builder = ColumnVectorBuilder(t, capacity: count)
            for v in a { builder.append(v) }
            return builder.build()
        }
        switch kind {
        case .count, .countIf:
            return [longs(counts, type)]
        case .min, .max:
            let validity = Validity.of(hasExtreme)
            if fields.contains(.wordExtreme) { return [ColumnVector(dataType: type, storage: .longs(extremeWords), validity: validity, count: count)] }
            if fields.contains(.doubleExtreme) { return [ColumnVector(dataType: type, storage: .doubles(extremeDoubles), validity: validity, count: count)] }
            return [values(self.values, type)]
        case .first, .last, .anyValue:
            let value = values(self.values, type)
            return states ? [value, ColumnVector(dataType: .boolean, storage: .booleans(isSet), validity: nil, count: count)] : [value]
        case .sum where fields == [.count, .doubleSum]:
            guard states else { return [doubles(doubleSums, type, nullWhenEmpty: true)] }
            return [doubles(doubleSums, type, nullWhenEmpty: false),
                    ColumnVector(dataType: .boolean, storage: .booleans(counts.map { $0 == 0 }), validity: nil, count: count)]
        case .avg where fields.contains(.doubleSum) && initial.resultType == .double:
            guard states else {
                return [doubles(zip(doubleSums, counts).map { s, n in n == 0 ? 0 : s / Double(n) }, type, nullWhenEmpty: true)]
            }
            return [doubles(doubleSums, type, nullWhenEmpty: false), longs(counts, types[types.startIndex + 1])]
        default:
            return nil
        }
    }
}
