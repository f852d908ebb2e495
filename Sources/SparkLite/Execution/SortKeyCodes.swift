/// Sort keys of many rows turned into integers that compare as Spark compares the keys: row `i`'s codes
/// are `codes[i * width ..< (i + 1) * width]`, and comparing two rows' codes left to right gives Spark's
/// order of the rows (nulls first or last, descending folded in), with equal codes exactly where the
/// keys are equal in that order (NaN equals NaN, -0.0 equals 0.0). Sorting, group limits and window
/// peers then compare machine words instead of values.
struct SortKeyCodes {
    let width: Int
    let count: Int
    private(set) var codes: [Int64]

    /// Codes of key columns given as vectors: integral, date, timestamp, boolean and double vectors are
    /// encoded directly, others by their values' rank among the column's distinct values.
    init(_ vectors: [ColumnVector], orders: [(ascending: Bool, nullsFirst: Bool)], count: Int) {
        self.init(widths: vectors.map { Self.hasNullWord($0) ? 2 : 1 }, count: count) { k in Self.column(vectors[k], orders[k], count: count) }
    }

    /// Codes of key columns given as values (the row engine's sort).
    init(values: [[Value]], orders: [(ascending: Bool, nullsFirst: Bool)], count: Int) {
        self.init(widths: values.map { _ in 1 }, count: count) { k in Self.encode(ranks: RowSorter.ranks(values[k]), orders[k]) }
    }

    /// Interleaves per-column codes, made one column at a time so only one is held beside the codes; a
    /// column of `width` 2 has nulls (null placement, then value). One column's codes are used as they are.
    private init(widths: [Int], count: Int, column: (Int) -> (nulls: [Int64]?, values: [Int64])) {
        width = widths.reduce(0, +)
        self.count = count
        if widths == [1] {
            codes = column(0).values
            return
        }
        codes = [Int64](repeating: 0, count: count * width)
        var offset = 0
        for k in widths.indices {
            let (nulls, values) = column(k)
            if let nulls {
                for i in 0..<count { codes[i * width + offset] = nulls[i] }
                offset += 1
            }
            for i in 0..<count { codes[i * width + offset] = values[i] }
            offset += 1
        }
    }

    @inline(__always) func compare(_ a: Int, _ b: Int, from first: Int = 0) -> Int {
        var x = a * width + first, y = b * width + first
        for _ in first..<width {
            if codes[x] != codes[y] { return codes[x] < codes[y] ? -1 : 1 }
            x += 1
            y += 1
        }
        return 0
    }

    @inline(__always) func equal(_ a: Int, _ b: Int) -> Bool { compare(a, b) == 0 }

    /// `positions` in code order, ties kept in their order in `positions` (a stable sort). Rows are first
    /// sorted by their first word alone, as (word, place) pairs; only runs that share it are then compared
    /// on the other words, which is little work when the first key has many distinct values.
    func sortedPositions(_ positions: [Int]) -> [Int] {
        guard width > 0 else { return positions }
        var pairs = positions.indices.map { (codes[positions[$0] * width], Int32($0)) }
        RadixSort.sortByWord(&pairs)
        var order = pairs.map { positions[Int($0.1)] }
        guard width > 1 else { return order }
        var start = 0
        while start < pairs.count {
            var end = start + 1
            while end < pairs.count && pairs[end].0 == pairs[start].0 { end += 1 }
            if end - start > 16 {
                // Places are ascending within the run, so comparing places breaks ties by them.
                let run = pairs[start..<end].map { Int($0.1) }
                let sorted = run.sorted { a, b in
                    let c = compare(positions[a], positions[b], from: 1)
                    return c != 0 ? c < 0 : a < b
                }
                for (k, place) in sorted.enumerated() { order[start + k] = positions[place] }
            } else if end - start > 1 {
                // A short run: insertion sort in place, which moves a row only past rows it precedes (stable).
                for k in (start + 1)..<end {
                    let row = order[k]
                    var j = k
                    while j > start && compare(row, order[j - 1], from: 1) < 0 {
                        order[j] = order[j - 1]
                        j -= 1
                    }
                    order[j] = row
                }
            }
            start = end
        }
        return order
    }

    /// The first `limit` positions in code order (ties by position), without sorting everything: candidates
    /// are cut back to `limit` whenever they reach twice as many, and a row not before the last kept
    /// candidate is skipped with one comparison.
    func firstPositions(_ limit: Int) -> [Int] {
        guard limit > 0 else { return [] }
        guard limit < count / 4 else { return Array(sortedPositions(Array(0..<count)).prefix(limit)) }
        var candidates: [Int] = []
        candidates.reserveCapacity(2 * limit + 1024)
        var cutoff: Int?
        for i in 0..<count {
            // Equal to the cutoff loses too: the cutoff row came first.
            if let cutoff, compare(i, cutoff) >= 0 { continue }
            candidates.append(i)
            if candidates.count >= max(2 * limit, 1024) {
                candidates = Array(sortedPositions(candidates).prefix(limit))
                cutoff = candidates.last
            }
        }
        return Array(sortedPositions(candidates).prefix(limit))
    }

    /// One column's codes: its null placement words (nil without nulls) and its value words.
    private static func column(_ vector: ColumnVector, _ order: (ascending: Bool, nullsFirst: Bool), count: Int) -> (nulls: [Int64]?, values: [Int64]) {
        var values: [Int64]
        switch vector.storage {
        case .longs(let a): values = a
        case .booleans(let a): values = a.map { $0 ? 1 : 0 }
        case .doubles(let a): values = a.map(orderedBits)
        default: return encode(ranks: RowSorter.ranks((0..<count).map(vector.value(at:))), order)
        }
        if !order.ascending {
            // Bitwise not reverses the order of every Int64 without overflowing.
            for i in values.indices { values[i] = ~values[i] }
        }
        guard hasNullWord(vector) else { return (nil, values) }
        let nullCode: Int64 = order.nullsFirst ? -1 : 1
        var nulls = [Int64](repeating: 0, count: count)
        for i in 0..<count where vector.isNull(i) {
            nulls[i] = nullCode
            values[i] = 0
        }
        return (nulls, values)
    }

    /// Whether a vector's codes take a word for null placement: a directly encoded vector with nulls (ranked
    /// ones fold nulls into their rank).
    private static func hasNullWord(_ vector: ColumnVector) -> Bool {
        switch vector.storage {
        case .longs, .booleans, .doubles: vector.hasNulls
        default: false
        }
    }

    /// Ranks (-1 for null) as codes.
    private static func encode(ranks: [Int64], _ order: (ascending: Bool, nullsFirst: Bool)) -> (nulls: [Int64]?, values: [Int64]) {
        (nil, ranks.map { r in r < 0 ? (order.nullsFirst ? .min : .max) : (order.ascending ? r : -r) })
    }

    /// A double's bits as an integer in Spark's order of doubles: -0.0 as 0.0, every NaN as one NaN
    /// above infinity, negative numbers with their magnitude bits flipped so they order downwards.
    @inline(__always) static func orderedBits(_ x: Double) -> Int64 {
        let normal = x.isNaN ? Double.nan : (x == 0 ? 0 : x)
        let bits = Int64(bitPattern: normal.bitPattern)
        return bits < 0 ? bits ^ Int64.max : bits
    }
}
