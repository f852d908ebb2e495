import Testing
@testable import SparkLite

/// A builder makes its validity bitmap only at the first null, with every earlier slot valid: the first
/// null at a word boundary or inside a word, appended one by one or with a whole vector.
@Test(arguments: [0, 1, 63, 64, 65, 130])
func validityStartsAtTheFirstNull(_ validBefore: Int) {
    let values: [Value] = (0..<validBefore).map { .int(Int64($0)) } + [.null] + (0..<70).map { $0 % 9 == 0 ? .null : .int(Int64($0)) }
    var builder = ColumnVectorBuilder(.long)
    for v in values { builder.append(v) }
    let vector = builder.build()
    #expect((0..<vector.count).map(vector.value(at:)) == values)
    var bulk = ColumnVectorBuilder(.long)
    bulk.append(contentsOf: RecordBatch(rows: values.prefix(validBefore).map { [$0] }, types: [.long]).columns[0])
    bulk.append(contentsOf: RecordBatch(rows: values.dropFirst(validBefore).map { [$0] }, types: [.long]).columns[0])
    #expect(bulk.build().validity == vector.validity)
    var noNulls = ColumnVectorBuilder(.long)
    for i in 0..<validBefore { noNulls.append(.int(Int64(i))) }
    #expect(noNulls.build().validity == nil)
}

/// Taking back the last slots (a CSV reader dropping a malformed row) leaves what appending only the
/// kept values makes, across validity word boundaries.
@Test(arguments: [1, 63, 64, 65, 128])
func removingTheLastSlotsUndoesTheirAppends(_ kept: Int) {
    let values: [Value] = (0..<(kept + 3)).map { $0 % 5 == 0 ? .null : .int(Int64($0)) }
    var builder = ColumnVectorBuilder(.long)
    for v in values { builder.append(v) }
    for _ in 0..<3 { builder.removeLast() }
    var expected = ColumnVectorBuilder(.long)
    for v in values.prefix(kept) { expected.append(v) }
    let (got, want) = (builder.build(), expected.build())
    #expect(got.count == kept && got.validity == want.validity)
    #expect((0..<got.count).map(got.value(at:)) == Array(values.prefix(kept)))
    builder.append(.int(99))
    #expect(builder.build().value(at: kept) == .int(99))
}

/// Splitting a batch by target keeps each target's rows in the batch's order, nulls included, chunk by
/// chunk: what gathering each target's rows one target at a time gives.
@Test(arguments: [7, 64, 1 << 16])
func splittingABatchByTargetKeepsRowOrder(_ chunk: Int) {
    let rows = (0..<300).map { i -> [Value] in
        let a: Value = i % 7 == 0 ? .null : .int(Int64(i))
        let c: Value = i % 3 == 0 ? .null : .double(Double(i) / 4)
        return [a, .string("s\(i % 5)"), c]
    }
    let batch = RecordBatch(rows: rows, types: [.long, .string, .double])
    let targets = (0..<300).map { i -> Int in
        let spread = (i * 37 + i / 50) % 9
        return spread == 8 ? 4 : spread % 4
    }
    let parts = batch.split(targets: targets, into: 6, chunk: chunk)
    for t in 0..<6 {
        let wanted = (0..<300).filter { targets[$0] == t }
        #expect(parts[t].flatMap { $0.rows() } == wanted.map { rows[$0] }, "target \(t)")
        #expect(parts[t].allSatisfy { $0.count > 0 })
    }
    #expect(parts[5].isEmpty)
}

/// Concatenating pieces one column at a time while letting them go gives what concatenating them gives,
/// and leaves no pieces behind; with one piece, that piece.
@Test(arguments: [1, 2, 5])
func concatenatingByTakingPiecesMatchesConcatenation(_ pieceCount: Int) {
    let types: [DataType] = [.long, .string, .double]
    func row(_ p: Int, _ i: Int) -> [Value] {
        let id: Value = i % 4 == 0 ? .null : .int(Int64(p * 100 + i))
        let score: Value = i % 3 == 0 ? .null : .double(Double(i) / 2)
        return [id, .string("r\(p)-\(i)"), score]
    }
    let pieces = (0..<pieceCount).map { p in RecordBatch(rows: (0..<(p * 3 + 1)).map { row(p, $0) }, types: types) }
    var taken = pieces
    let joined = RecordBatch.concatenate(taking: &taken, types: types)
    #expect(taken.isEmpty)
    #expect(joined.rows() == RecordBatch.concatenate(pieces, types: types).rows())
    #expect(joined.count == pieces.reduce(0) { $0 + $1.count })
}
