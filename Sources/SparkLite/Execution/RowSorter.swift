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
        let vectors = try keys.map { try VectorizedEvaluator.evaluate($0, batch) }
        let codes = SortKeyCodes(vectors, orders: orders, count: batch.count)
        let nullKeys = radixSorted && vectors[0].hasNulls ? (0..<batch.count).map(vectors[0].isNull) : nil
        return batch.gather(permutation(codes, nullKeys: nullKeys))
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

    /// The first `limit` rows in key order (ties by input position), without sorting everything: a buffer of
    /// candidates is cut back to `limit` whenever it doubles, and rows after the current last candidate are
    /// skipped with one comparison.
    func top(_ limit: Int, of rows: [[Value]]) throws -> [[Value]] {
        guard limit > 0 else { return [] }
        let width = keys.count
        var candidates: [Int] = []
        var candidateKeys: [Value] = []
        var cutoff: [Value]?
        var key = [Value](repeating: .null, count: width)
        for (position, row) in rows.enumerated() {
            for k in 0..<width { key[k] = try keys[k].eval(row) }
            // Equal to the cutoff loses too: the cutoff row came first.
            if let cutoff, ValueOrdering.compareKeys(key, at: 0, cutoff, at: 0, orders: orders) >= 0 { continue }
            candidates.append(position)
            candidateKeys.append(contentsOf: key)
            if candidates.count >= max(2 * limit, 1024) {
                let kept = sortedPositions(candidates.indices, candidateKeys).prefix(limit)
                candidates = kept.map { candidates[$0] }
                candidateKeys = kept.flatMap { candidateKeys[($0 * width)..<(($0 + 1) * width)] }
                cutoff = Array(candidateKeys[((limit - 1) * width)..<(limit * width)])
            }
        }
        return sortedPositions(candidates.indices, candidateKeys).prefix(limit).map { rows[candidates[$0]] }
    }

    /// Positions `0..<n` sorted by their keys in `flat` (`keys.count` values each), ties by position.
    private func sortedPositions(_ positions: Range<Int>, _ flat: [Value]) -> [Int] {
        var order = Array(positions)
        order.sort { a, b in
            let c = ValueOrdering.compareKeys(flat, at: a * keys.count, flat, at: b * keys.count, orders: orders)
            return c != 0 ? c < 0 : a < b
        }
        return order
    }
}
