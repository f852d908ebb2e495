/// Updates or merges one aggregate of many groups from whole column vectors, for the aggregates whose
/// per-row work is counting, adding typed storage or keeping an extreme: `count`, `sum` and `avg` of
/// integers, doubles and decimals, and `min`/`max`, in both phases. Each group's state sees the same
/// values in the same order as row by row, so results (double sums included) are the same; only the
/// boxing of every value is gone. Each returns false, having done nothing, when the aggregate or its
/// vectors have no such loop.
enum ColumnarAggregation {
    /// Adds the rows of a batch: `arguments` are the aggregate's argument vectors, `filter` its FILTER
    /// clause's vector, `groups` each row's group.
    static func update(_ column: inout AccumulatorColumn, groups: [Int], arguments: [ColumnVector], filter: ColumnVector?) throws -> Bool {
        var passes: [Bool]?
        if let filter {
            guard case .booleans(let b) = filter.storage else { return false }
            passes = filter.hasNulls ? b.indices.map { b[$0] && !filter.isNull($0) } : b
        }
        switch column.initial.kind {
        case .count:
            for r in groups.indices where passes?[r] ?? true {
                if arguments.allSatisfy({ !$0.isNull(r) }) { column.counts[groups[r]] += 1 }
            }
            return true
        case .sum, .avg:
            guard arguments.count == 1 else { return false }
            return try addSums(&column, groups: groups, arguments[0]) { r in (passes?[r] ?? true) ? 1 : 0 }
        case .min, .max:
            guard arguments.count == 1, passes == nil else { return false }
            keepExtremes(&column, groups: groups, arguments[0])
            return true
        default:
            return false
        }
    }

    /// Merges exported states: `states` are the state's vectors (a count; a sum and whether it is empty;
    /// an average's sum and count).
    static func merge(_ column: inout AccumulatorColumn, groups: [Int], states: [ColumnVector]) throws -> Bool {
        let kind = column.initial.kind
        switch kind {
        case .count:
            guard case .longs(let counts) = states[0].storage else { return false }
            for r in groups.indices where !states[0].isNull(r) { column.counts[groups[r]] += counts[r] }
            return true
        case .min, .max:
            keepExtremes(&column, groups: groups, states[0])
            return true
        case .sum, .avg:
            // How many values a state stands for: an average's count, or 1 for a sum that is not empty.
            let n: (Int) -> Int64
            switch (kind, states[1].storage) {
            case (.avg, .longs(let counts)): n = { states[1].isNull($0) ? 0 : counts[$0] }
            case (.sum, .booleans(let empty)): n = { !states[1].isNull($0) && empty[$0] ? 0 : 1 }
            default: return false
            }
            return try addSums(&column, groups: groups, states[0], count: n)
        default:
            return false
        }
    }

    /// Adds each non-null value of `sums` to its group's sum and `count(row)` to the group's count; a row
    /// whose count is 0 is skipped. False when the vector's storage has no typed loop.
    private static func addSums(_ column: inout AccumulatorColumn, groups: [Int], _ sums: ColumnVector,
                                count: (Int) -> Int64) throws -> Bool {
        // A null sum of a non-empty sum state is an overflow (`Accumulator.state`): the group's sum overflowed.
        if column.initial.kind == .sum, column.fields.contains(.overflowed),
           groups.indices.contains(where: { sums.isNull($0) && count($0) > 0 }) {
            return false
        }
        switch sums.storage {
        case .longs(let a) where sums.dataType.isIntegral && column.fields.contains(.intSum):
            let failOnOverflow = column.initial.failsOnLongOverflow
            for r in groups.indices where !sums.isNull(r) {
                let k = count(r), g = groups[r]
                guard k > 0 else { continue }
                try Accumulator.addLong(a[r], to: &column.intSums[g], &column.doubleSums[g], overflowed: &column.overflowed[g],
                                        failOnOverflow: failOnOverflow)
                column.counts[g] += k
            }
        case .doubles(let a) where column.fields.contains(.doubleSum):
            for r in groups.indices where !sums.isNull(r) {
                let k = count(r), g = groups[r]
                guard k > 0 else { continue }
                column.doubleSums[g] += a[r]
                column.counts[g] += k
            }
        case .decimals(let a) where column.fields.contains(.decimalSum):
            guard case .decimal(_, let scale) = sums.dataType else { return false }
            let sumScale = column.initial.sumScale(forInputScale: scale)
            for r in groups.indices where !sums.isNull(r) {
                let k = count(r), g = groups[r]
                guard k > 0 else { continue }
                Accumulator.addDecimal(a[r], scale: scale, sumScale: sumScale, to: &column.decimalSums[g], overflowed: &column.overflowed[g])
                column.counts[g] += k
            }
        default:
            return false
        }
        return true
    }

    /// Keeps each group's smallest or largest non-null value of `values` (a `min`/`max` argument or state).
    private static func keepExtremes(_ column: inout AccumulatorColumn, groups: [Int], _ values: ColumnVector) {
        switch values.storage {
        case .longs(let a) where column.fields.contains(.wordExtreme):
            for r in groups.indices where !values.isNull(r) { column.keepExtreme(groups[r], word: a[r]) }
        case .doubles(let a) where column.fields.contains(.doubleExtreme):
            for r in groups.indices where !values.isNull(r) { column.keepExtreme(groups[r], double: a[r]) }
        default:
            for r in groups.indices where !values.isNull(r) { column.updateMinMax(groups[r], values.value(at: r)) }
        }
    }
}
