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
