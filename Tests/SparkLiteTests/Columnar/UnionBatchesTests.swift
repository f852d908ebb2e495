import Testing
@testable import SparkLite

/// A union of columnar children passes their batches on, partition by partition as the row engine joins
/// them: one child's partitions after the other's, or partition i of each child together when both are
/// hash-partitioned alike; a child whose column types differ (widened by a cast) still matches.
private let unionQueries = [
    "SELECT k, d FROM t UNION ALL SELECT k, d FROM t WHERE d > 0",
    "SELECT k, sum(d) FROM t GROUP BY k UNION ALL SELECT k, max(d) FROM t GROUP BY k",
    "SELECT DISTINCT k FROM (SELECT k FROM t UNION ALL SELECT CAST(k AS BIGINT) FROM t WHERE k > 5)",
]

@Test(arguments: unionQueries.indices)
func unionOfBatchesMatchesTheRowEngine(_ index: Int) throws {
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "3"]))
    let rows: [[Value]] = (0..<500).map { i in
        let k: Value = i % 7 == 0 ? .null : .int(Int64(i % 23))
        return [k, .double(Double(i % 11 - 5))]
    }
    try spark.createDataFrame(rows, schema: "k INT, d DOUBLE").createOrReplaceTempView("t")
    try expectBatchesMatchRows(spark, unionQueries[index])
}
