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
