/// Sorting rows by bound sort keys, stably (ties keep their input order, like Spark's TimSort within a
/// partition). Rows are never moved while sorting: an index permutation is sorted over a flat key array
/// and the rows are gathered once at the end.
struct RowSorter {
    let keys: [Expression]
    let orders: [(ascending: Bool, nullsFirst: Bool)]

    init(keys: [Expression], orders: [SortOrder]) {
        self.keys = keys
        self.orders = orders.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
    }

    /// The rows in key order.
    func sorted(_ rows: [[Value]]) throws -> [[Value]] {
        let flat = try flatKeys(rows)
        return sortedPositions(rows.indices, flat).map { rows[$0] }
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
            if let cutoff, compare(key, 0, cutoff, 0) >= 0 { continue }
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

    private func flatKeys(_ rows: [[Value]]) throws -> [Value] {
        var flat: [Value] = []
        flat.reserveCapacity(rows.count * keys.count)
        for row in rows {
            for k in keys { flat.append(try k.eval(row)) }
        }
        return flat
    }

    /// Positions `0..<n` sorted by their keys in `flat` (`keys.count` values each), ties by position.
    private func sortedPositions(_ positions: Range<Int>, _ flat: [Value]) -> [Int] {
        var order = Array(positions)
        order.sort { a, b in
            let c = compare(flat, a * keys.count, flat, b * keys.count)
            return c != 0 ? c < 0 : a < b
        }
        return order
    }

    private func compare(_ x: [Value], _ i: Int, _ y: [Value], _ j: Int) -> Int {
        for k in 0..<orders.count {
            let o = orders[k]
            let a = x[i + k], b = y[j + k]
            if a.isNull || b.isNull {
                if a.isNull && b.isNull { continue }
                let nullFirst = a.isNull ? -1 : 1
                return o.nullsFirst ? nullFirst : -nullFirst
            }
            let c = ValueOrdering.compare(a, b)
            if c != 0 { return o.ascending ? c : -c }
        }
        return 0
    }
}
