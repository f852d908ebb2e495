import Testing
@testable import SparkLite

/// Grouping a columnar input by one or two integer-backed keys (the word-keyed index) and by other keys
/// (the value-keyed table) must find the same groups, nulls included, as counting by hand.
@Test(arguments: [["a"], ["a", "d"], ["d", "s"]])
func groupingBatchesFindsEveryGroup(_ keys: [String]) throws {
    var generator = SystemRandomNumberGenerator()
    let rows: [[Value]] = (0..<3000).map { _ in
        let a = Int64.random(in: -3...40, using: &generator)
        let d = Int32.random(in: 19000...19010, using: &generator)
        return [a == 0 ? .null : .int(a), d == 19005 ? .null : .date(d), .string(["x", "y", ""][Int(a & 1)]), .int(Int64.random(in: 0...9, using: &generator))]
    }
    let names = ["a", "d", "s", "v"]
    let spark = SparkSession()
    let df = try spark.createDataFrame(rows, schema: "a INT, d DATE, s STRING, v BIGINT")
    let result = try df.groupBy(keys.map { functions.col($0) })
        .agg(functions.count(functions.lit(.int(1))), functions.sum(functions.col("v"))).execute()
    var expected: [[Value]: (Int64, Int64)] = [:]
    for row in rows {
        let key = keys.map { row[names.firstIndex(of: $0)!] }
        let (n, sum) = expected[key] ?? (0, 0)
        expected[key] = (n + 1, sum + row[3].int64Value!)
    }
    #expect(sortedRows(result.rows) == sortedRows(expected.map { $0.key + [.int($0.value.0), .int($0.value.1)] }))
}
