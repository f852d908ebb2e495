/// Sorting rows by bound sort keys, stably (ties keep their input order, like Spark's TimSort within a
/// partition), except where Spark's radix sort moves ties (see `radixSorted`). Rows are never moved while
/// sorting: an index permutation is sorted over a flat key array and the rows are gathered once at the end.
struct RowSorter {
    let keys: [Expression]
    let orders: [(ascending: Bool, nullsFirst: Bool)]
    /// Spark sorts a single key whose sort prefix holds the whole value (integral, boolean, date, timestamp,
    /// float, double, interval, decimal of at most 18 digits) with a radix sort, and its in-memory sorter
    /// keeps null keys at the front of its buffer: each arriving null takes the slot of the first non-null
    /// row so far, and that row moves to the end. Equal non-null keys then come out in that buffer order.
    let radixSorted: Bool

    init(keys: [Expression], orders: [SortOrder]) {
        self.keys = keys
        self.orders = orders.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
        self.radixSorted = keys.count == 1 && Self.sortsFullyByPrefix(keys[0].dataType)
    }

    static func sortsFullyByPrefix(_ type: DataType) -> Bool {
        switch type {
        case .boolean, .byte, .short, .int, .long, .float, .double, .date, .timestamp,
             .dayTimeInterval, .yearMonthInterval:
            return true
        case .decimal(let precision, _):
            return precision <= 18
        default:
            return false
        }
    }

    /// The order in which Spark's radix-sorting buffer holds `rows` before sorting: nulls first in arrival
    /// order, each one having pushed the non-null row at the null boundary to the end.
    static func radixBufferOrder(nullKeys: [Bool]) -> [Int] {
        var buffer: [Int] = []
        buffer.reserveCapacity(nullKeys.count)
        var nullBoundary = 0
        for (i, isNull) in nullKeys.enumerated() {
            if isNull {
                if nullBoundary < buffer.count {
                    buffer.append(buffer[nullBoundary])
                    buffer[nullBoundary] = i
                } else {
                    buffer.append(i)
                }
                nullBoundary += 1
            } else {
                buffer.append(i)
            }
        }
        return buffer
    }

    /// The rows in key order.
    func sorted(_ input: [[Value]]) throws -> [[Value]] {
        guard input.count > 1 else { return input }
        let columns = try keys.map { key in try input.map { try key.eval($0) } }
        let codes = SortKeyCodes(values: columns, orders: orders, count: input.count)
        let nullKeys = radixSorted ? columns[0].map(\.isNull) : nil
        return permutation(codes, nullKeys: nullKeys).map { input[$0] }
    }

    /// The rows of `batch` in key order.
    func sorted(_ batch: RecordBatch) throws -> RecordBatch {
        guard batch.count > 1 else { return batch }
        return batch.gather(try sortedPositions(batch))
    }

    /// The positions of the rows of `batch` in key order.
    func sortedPositions(_ batch: RecordBatch) throws -> [Int] {
        let vectors = try keys.map { try VectorizedEvaluator.evaluate($0, batch) }
        let codes = SortKeyCodes(vectors, orders: orders, count: batch.count)
        let nullKeys = radixSorted && vectors[0].hasNulls ? (0..<batch.count).map(vectors[0].isNull) : nil
        return permutation(codes, nullKeys: nullKeys)
    }

    /// The first `limit` rows of `batch` in key order (ties by position), in that order.
    func first(_ limit: Int, of batch: RecordBatch) throws -> RecordBatch {
        let vectors = try keys.map { try VectorizedEvaluator.evaluate($0, batch) }
        return batch.gather(SortKeyCodes(vectors, orders: orders, count: batch.count).firstPositions(limit))
    }

    /// The positions of the rows in sorted order; `nullKeys` (for a radix sort) says which rows have a null key.
    private func permutation(_ codes: SortKeyCodes, nullKeys: [Bool]?) -> [Int] {
        guard let nullKeys, nullKeys.contains(true) else { return codes.sortedPositions(Array(0..<codes.count)) }
        return codes.sortedPositions(Self.radixBufferOrder(nullKeys: nullKeys))
    }

    /// Each value's rank among the distinct non-null values of `column` in Spark's order; -1 for null.
    static func ranks(_ column: [Value]) -> [Int64] {
        var table = GroupTable(width: 1)
        var groupOfRow = [Int32](repeating: -1, count: column.count)
        var probe: [Value] = [.null]
        for (i, v) in column.enumerated() where !v.isNull {
            probe[0] = v
            groupOfRow[i] = Int32(table.findOrInsert(probe).group)
        }
        var byValue = Array(0..<table.count)
        byValue.sort { ValueOrdering.compare(table.keys[$0], table.keys[$1]) < 0 }
        var rankOfGroup = [Int64](repeating: 0, count: table.count)
        var rank: Int64 = 0
        for (n, g) in byValue.enumerated() {
            // Values that differ but order as equal (0.0 and -0.0 are one group already) share a rank.
            if n > 0 && ValueOrdering.compare(table.keys[byValue[n - 1]], table.keys[g]) != 0 { rank += 1 }
            rankOfGroup[g] = rank
        }
        return groupOfRow.map { $0 < 0 ? -1 : rankOfGroup[Int($0)] }
    }

    /// The first `limit` rows in key order (ties by input position), without sorting everything.
    func top(_ limit: Int, of rows: [[Value]]) throws -> [[Value]] {
        let columns = try keys.map { key in try rows.map { try key.eval($0) } }
        return SortKeyCodes(values: columns, orders: orders, count: rows.count).firstPositions(limit).map { rows[$0] }
    }
}
