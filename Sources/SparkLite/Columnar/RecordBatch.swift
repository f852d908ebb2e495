/// The rows of one partition stored column by column: one vector per output attribute, all of
/// `count` slots. Columnar operators pass batches to each other; a row operator above them gets rows.
public struct RecordBatch: Sendable {
    public let columns: [ColumnVector]
    public let count: Int

    public init(columns: [ColumnVector], count: Int) {
        self.columns = columns
        self.count = count
    }

    /// A batch of `rows`, whose columns have `types`.
    public init(rows: [[Value]], types: [DataType]) {
        var builders = types.map { ColumnVectorBuilder($0, capacity: rows.count) }
        for row in rows {
            for c in builders.indices { builders[c].append(row[c]) }
        }
        columns = builders.map { $0.build() }
        count = rows.count
    }

    public func row(at i: Int) -> [Value] {
        columns.map { $0.value(at: i) }
    }

    public func rows() -> [[Value]] {
        (0..<count).map(row(at:))
    }

    /// The rows of `batches` one after the other, in columns of `types`.
    public static func concatenate(_ batches: [RecordBatch], types: [DataType]) -> RecordBatch {
        if batches.count == 1 { return batches[0] }
        let columns = types.indices.map { c in ColumnVector.concatenate(batches.map { $0.columns[c] }, dataType: types[c]) }
        return RecordBatch(columns: columns, count: batches.reduce(0) { $0 + $1.count })
    }

    /// `concatenate` that empties `batches`, letting each column's pieces go once that column is joined,
    /// so the pieces and the result are never both held whole.
    static func concatenate(taking batches: inout [RecordBatch], types: [DataType]) -> RecordBatch {
        if batches.count == 1 { return batches.removeLast() }
        let count = batches.reduce(0) { $0 + $1.count }
        var pieces = types.indices.map { c in batches.map { $0.columns[c] } }
        batches = []
        var columns: [ColumnVector] = []
        for c in types.indices {
            columns.append(ColumnVector.concatenate(pieces[c], dataType: types[c]))
            pieces[c] = []
        }
        return RecordBatch(columns: columns, count: count)
    }

    /// The rows at `indices`, in that order.
    public func gather(_ indices: [Int]) -> RecordBatch {
        RecordBatch(columns: columns.map { $0.gather(indices) }, count: indices.count)
    }

    /// The rows in `range`.
    func slice(_ range: Range<Int>) -> RecordBatch {
        if range == 0..<count { return self }
        return RecordBatch(columns: columns.map { $0.slice(range) }, count: range.count)
    }

    /// The rows split by target (`targets[r]` in `0..<n` for row r): per target, its rows in the batch's order,
    /// in pieces (none for a target no row goes to). Each run of `chunk` rows is ordered by target (a counting
    /// sort) and gathered in one pass while it is in the cache, instead of one pass over the batch per target.
    func split(targets: [Int], into n: Int, chunk: Int = 1 << 16) -> [[RecordBatch]] {
        var parts = Array(repeating: [RecordBatch](), count: n)
        var starts = [Int](repeating: 0, count: n + 1)
        for low in stride(from: 0, to: count, by: chunk) {
            let rows = low..<min(low + chunk, count)
            for t in 0...n { starts[t] = 0 }
            for r in rows { starts[targets[r] + 1] += 1 }
            for t in 0..<n { starts[t + 1] += starts[t] }
            var next = starts
            var order = [Int](repeating: 0, count: rows.count)
            for r in rows {
                order[next[targets[r]]] = r
                next[targets[r]] += 1
            }
            let sorted = gather(order)
            for t in 0..<n where starts[t] < starts[t + 1] { parts[t].append(sorted.slice(starts[t]..<starts[t + 1])) }
        }
        return parts
    }
}
