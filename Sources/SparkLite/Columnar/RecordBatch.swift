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

    /// The rows at `indices`, in that order.
    public func gather(_ indices: [Int]) -> RecordBatch {
        RecordBatch(columns: columns.map { $0.gather(indices) }, count: indices.count)
    }
}
