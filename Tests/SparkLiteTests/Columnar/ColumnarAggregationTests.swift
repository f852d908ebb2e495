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

/// Counts, sums and averages added from whole vectors (and their partial states merged from vectors) give the
/// row engine's answers exactly: integer, double (NaN, -0.0, order-sensitive sums) and decimal arguments,
/// FILTER clauses that are null, several arguments to count, grouped and global.
private let aggregations = [
    "SELECT k, count(*), count(v), count(v, d), sum(v), avg(v), sum(d), avg(d), sum(m), avg(m) FROM t GROUP BY k",
    "SELECT s, sum(v) FILTER (WHERE d > 0), count(*) FILTER (WHERE v > 2), avg(m) FILTER (WHERE s <> 'a') FROM t GROUP BY s",
    "SELECT count(*), sum(v), avg(d), sum(m), avg(m), count(DISTINCT v), max(d) FROM t",
    "SELECT k, s, sum(i), avg(i), min(m), max(v) FROM t GROUP BY k, s",
]

@Test(arguments: aggregations.indices)
func aggregatesOfBatchesMatchTheRowEngine(_ index: Int) throws {
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "3"]))
    var generator = SystemRandomNumberGenerator()
    let doubles: [Value] = [.double(.nan), .double(-0.0), .double(0.1), .double(1e300), .double(-1e300), .double(0.7), .null]
    let rows: [[Value]] = (0..<3000).map { _ in
        let k = Int64.random(in: 0..<9, using: &generator), v = Int64.random(in: 0..<5, using: &generator)
        return [k == 0 ? .null : .int(k), v == 0 ? .null : .int(v), doubles.randomElement(using: &generator)!,
                .string(["a", "b", "é", ""][Int(v) % 4]), v == 1 ? .null : .decimal(Int128.random(in: -99_999...99_999, using: &generator), scale: 2),
                .int(Int64.random(in: -2_000_000_000...2_000_000_000, using: &generator))]
    }
    try spark.createDataFrame(rows, schema: "k INT, v BIGINT, d DOUBLE, s STRING, m DECIMAL(7,2), i INT").createOrReplaceTempView("t")
    let plan = try spark.sql(aggregations[index]).queryExecution.physicalPlan()
    #expect(plan.supportsColumnar)
    let onBatches = try plan.executeColumnar(ExecutionContext(conf: spark.conf)).map { $0.rows() }
    let onRows = try rowsOnly(try spark.sql(aggregations[index]).queryExecution.physicalPlan()).execute(ExecutionContext(conf: spark.conf))
    #expect(onBatches.count == onRows.count)
    for (a, b) in zip(onBatches, onRows) { #expect(a == b, "\(aggregations[index])") }
}

/// A sum that overflows fails on batches with the row engine's error.
@Test func overflowingSumOfBatchesFailsAsRowByRow() throws {
    let spark = SparkSession()
    try spark.createDataFrame([[.int(1), .int(.max)], [.int(1), .int(1)], [.int(2), .int(3)]], schema: "k INT, v BIGINT").createOrReplaceTempView("t")
    let query = "SELECT k, sum(v) FROM t GROUP BY k"
    #expect(try spark.sql(query).queryExecution.physicalPlan().supportsColumnar)
    let onBatches = #expect(throws: SparkError.self) { try spark.sql(query).collect() }
    let onRows = #expect(throws: SparkError.self) {
        try rowsOnly(try spark.sql(query).queryExecution.physicalPlan()).execute(ExecutionContext(conf: spark.conf))
    }
    #expect(onBatches?.errorClass == "ARITHMETIC_OVERFLOW")
    #expect(onBatches?.message == onRows?.message)
}
