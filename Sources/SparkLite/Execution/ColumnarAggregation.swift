/// Updates or merges one aggregate of many groups from whole column vectors, for the aggregates whose
/// per-row work is counting or adding typed storage: `count`, and `sum` and `avg` of integers, doubles
/// and decimals, in both phases. Each accumulator sees the same values in the same order as row by row,
/// so results (double sums included) are the same; only the boxing of every value is gone. Each returns
/// false, having done nothing, when the aggregate or its vectors have no such loop.
enum ColumnarAggregation {
    /// Adds the rows of a batch: `arguments` are the aggregate's argument vectors, `filter` its FILTER
    /// clause's vector, `groups` each row's group.
    static func update(_ accumulators: inout [[Accumulator]], aggregate i: Int, kind: AggregateFunctionKind,
                       groups: [Int], arguments: [ColumnVector], filter: ColumnVector?) throws -> Bool {
        var passes: [Bool]?
        if let filter {
            guard case .booleans(let b) = filter.storage else { return false }
            passes = filter.hasNulls ? b.indices.map { b[$0] && !filter.isNull($0) } : b
        }
        switch kind {
        case .count:
            for r in groups.indices where passes?[r] ?? true {
                if arguments.allSatisfy({ !$0.isNull(r) }) { accumulators[groups[r]][i].count += 1 }
            }
            return true
        case .sum, .avg:
            guard arguments.count == 1 else { return false }
            let v = arguments[0]
            switch v.storage {
            case .longs(let a) where v.dataType.isIntegral:
                for r in groups.indices where (passes?[r] ?? true) && !v.isNull(r) {
                    try accumulators[groups[r]][i].addLong(a[r])
                    accumulators[groups[r]][i].count += 1
                }
            case .doubles(let a):
                for r in groups.indices where (passes?[r] ?? true) && !v.isNull(r) {
                    accumulators[groups[r]][i].doubleSum += a[r]
                    accumulators[groups[r]][i].count += 1
                }
            case .decimals(let a):
                guard case .decimal(_, let scale) = v.dataType else { return false }
                for r in groups.indices where (passes?[r] ?? true) && !v.isNull(r) {
                    accumulators[groups[r]][i].addDecimal(a[r], scale: scale)
                    accumulators[groups[r]][i].count += 1
                }
            default:
                return false
            }
            return true
        default:
            return false
        }
    }

    /// Merges exported states: `states` are the state's vectors (a count; a sum and whether it is empty;
    /// an average's sum and count).
    static func merge(_ accumulators: inout [[Accumulator]], aggregate i: Int, kind: AggregateFunctionKind,
                      groups: [Int], states: [ColumnVector]) throws -> Bool {
        switch kind {
        case .count:
            guard case .longs(let counts) = states[0].storage else { return false }
            for r in groups.indices where !states[0].isNull(r) { accumulators[groups[r]][i].count += counts[r] }
            return true
        case .sum, .avg:
            // How many values a state stands for: an average's count, or 1 for a sum that is not empty.
            let n: (Int) -> Int64
            switch (kind, states[1].storage) {
            case (.avg, .longs(let counts)): n = { states[1].isNull($0) ? 0 : counts[$0] }
            case (.sum, .booleans(let empty)): n = { !states[1].isNull($0) && empty[$0] ? 0 : 1 }
            default: return false
            }
            let sum = states[0]
            switch sum.storage {
            case .longs(let a) where sum.dataType.isIntegral:
                for r in groups.indices where !sum.isNull(r) {
                    let k = n(r)
                    guard k > 0 else { continue }
                    try accumulators[groups[r]][i].addLong(a[r])
                    accumulators[groups[r]][i].count += k
                }
            case .doubles(let a):
                for r in groups.indices where !sum.isNull(r) {
                    let k = n(r)
                    guard k > 0 else { continue }
                    accumulators[groups[r]][i].doubleSum += a[r]
                    accumulators[groups[r]][i].count += k
                }
            case .decimals(let a):
                guard case .decimal(_, let scale) = sum.dataType else { return false }
                for r in groups.indices where !sum.isNull(r) {
                    let k = n(r)
                    guard k > 0 else { continue }
                    accumulators[groups[r]][i].addDecimal(a[r], scale: scale)
                    accumulators[groups[r]][i].count += k
                }
            default:
                return false
            }
            return true
        default:
            return false
        }
    }
}
