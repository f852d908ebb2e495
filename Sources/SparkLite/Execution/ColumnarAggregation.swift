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
            return try addSums(&accumulators, aggregate: i, groups: groups, arguments[0]) { r in (passes?[r] ?? true) ? 1 : 0 }
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
            return try addSums(&accumulators, aggregate: i, groups: groups, states[0], count: n)
        default:
            return false
        }
    }

    /// Adds each non-null value of `sums` to its group's sum and `count(row)` to the group's count; a row
    /// whose count is 0 is skipped. False when the vector's storage has no typed loop.
    private static func addSums(_ accumulators: inout [[Accumulator]], aggregate i: Int, groups: [Int], _ sums: ColumnVector,
                                count: (Int) -> Int64) throws -> Bool {
        switch sums.storage {
        case .longs(let a) where sums.dataType.isIntegral:
            for r in groups.indices where !sums.isNull(r) {
                let k = count(r)
                guard k > 0 else { continue }
                try accumulators[groups[r]][i].addLong(a[r])
                accumulators[groups[r]][i].count += k
            }
        case .doubles(let a):
            for r in groups.indices where !sums.isNull(r) {
                let k = count(r)
                guard k > 0 else { continue }
                accumulators[groups[r]][i].doubleSum += a[r]
                accumulators[groups[r]][i].count += k
            }
        case .decimals(let a):
            guard case .decimal(_, let scale) = sums.dataType else { return false }
            for r in groups.indices where !sums.isNull(r) {
                let k = count(r)
                guard k > 0 else { continue }
                accumulators[groups[r]][i].addDecimal(a[r], scale: scale)
                accumulators[groups[r]][i].count += k
            }
        default:
            return false
        }
        return true
    }
}
