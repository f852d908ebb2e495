/// The build side of a columnar hash join: a record batch and its rows grouped by join key, in input order
/// within each key. Keys of one or two integer, date or timestamp columns are hashed as machine words
/// (`LongKeyIndex`), others as values (`GroupTable`). Rows with a null key are left out: a null key never
/// matches.
struct BatchHashedRelation: Sendable {
    let batch: RecordBatch
    private let index: Index
    /// Group g's rows are `rows[starts[g]..<starts[g + 1]]`.
    private let starts: [Int]
    private let rows: [Int32]

    private enum Index: Sendable {
        case words(LongKeyIndex)
        case values(GroupTable)
    }

    init(_ batch: RecordBatch, keys: [Expression]) throws {
        self.batch = batch
        let vectors = try keys.map { try VectorizedEvaluator.evaluate($0, batch) }
        var groupOfRow = [Int32](repeating: -1, count: batch.count)
        var groupCount = 0
        if let words = Self.wordKeys(vectors) {
            var index = LongKeyIndex(width: vectors.count)
            index.findOrInsertAll(words, count: batch.count) { r, g, _ in groupOfRow[r] = Int32(g) }
            groupCount = index.count
            self.index = .words(index)
        } else {
            var table = GroupTable(width: vectors.count)
            var key = [Value](repeating: .null, count: vectors.count)
            for r in 0..<batch.count {
                for k in vectors.indices { key[k] = vectors[k].value(at: r) }
                groupOfRow[r] = Int32(table.findOrInsert(key).group)
            }
            groupCount = table.count
            self.index = .values(table)
        }
        for v in vectors where v.hasNulls {
            for r in 0..<batch.count where v.isNull(r) { groupOfRow[r] = -1 }
        }
        // Counting sort of the rows by group: each group's rows stay in input order.
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for g in groupOfRow where g >= 0 { starts[Int(g) + 1] += 1 }
        for g in 0..<groupCount { starts[g + 1] += starts[g] }
        var next = starts
        var rows = [Int32](repeating: 0, count: starts[groupCount])
        for (r, g) in groupOfRow.enumerated() where g >= 0 {
            rows[next[Int(g)]] = Int32(r)
            next[Int(g)] += 1
        }
        self.starts = starts
        self.rows = rows
    }

    /// The build rows matching each probe row's key (`keys` evaluated over the probe batch), handed to
    /// `body` row by row, in probe order; rows with a null key or no match are skipped.
    func forEachMatch(_ keys: [ColumnVector], count: Int, _ body: (_ row: Int, _ matches: ArraySlice<Int32>) throws -> Void) rethrows {
        var groups = [Int32](repeating: -1, count: count)
        switch index {
        case .words(let index):
            // A probe column a builder had to box (rare) is turned back into words first.
            if let words = WordKeys(keys.map(Self.asWords)) { index.findAll(words, count: count) { r, g in groups[r] = Int32(g) } }
        case .values(let table):
            var key = [Value](repeating: .null, count: keys.count)
            for r in 0..<count {
                for k in keys.indices { key[k] = keys[k].value(at: r) }
                if let g = table.find(key) { groups[r] = Int32(g) }
            }
        }
        for v in keys where v.hasNulls {
            for r in 0..<count where v.isNull(r) { groups[r] = -1 }
        }
        for r in 0..<count where groups[r] >= 0 {
            let g = Int(groups[r])
            try body(r, rows[starts[g]..<starts[g + 1]])
        }
    }

    /// The vector with `Int64` storage: a boxed integer, date or timestamp column unboxed.
    private static func asWords(_ v: ColumnVector) -> ColumnVector {
        if case .longs = v.storage { return v }
        let words = (0..<v.count).map { i -> Int64 in
            switch v.value(at: i) {
            case .int(let x), .timestamp(let x): x
            case .date(let d): Int64(d)
            default: 0
            }
        }
        return ColumnVector(dataType: v.dataType, storage: .longs(words), validity: v.validity, count: v.count)
    }

    /// The keys as words when every key column is held as `Int64`s (integers, dates, timestamps).
    private static func wordKeys(_ vectors: [ColumnVector]) -> WordKeys? {
        guard vectors.allSatisfy({ if case .longs = $0.storage { true } else { false } }) else { return nil }
        return WordKeys(vectors)
    }
}
