import Testing
@testable import SparkLite

/// A range exchange over batches cuts the rows where the row engine cuts them, partition by partition and
/// in order: ties stay together, nulls, NaN and -0.0 fall where the sort order puts them, strings order by
/// their bytes, several keys and descending keys.
private let rangeQueries = [
    "SELECT k, d, s FROM t ORDER BY d DESC NULLS LAST, s",
    "SELECT k, d, s FROM t ORDER BY s, k DESC",
    "SELECT /*+ REPARTITION_BY_RANGE(3, d) */ k, d, s FROM t",
    "SELECT /*+ REPARTITION_BY_RANGE(5, k, s) */ k, d, s FROM t",
]

@Test(arguments: rangeQueries.indices)
func rangeExchangeOfBatchesMatchesTheRowEngine(_ index: Int) throws {
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "4"]))
    var generator = SystemRandomNumberGenerator()
    let doubles: [Value] = [.double(.nan), .double(-0.0), .double(0.0), .double(1.5), .double(-2), .null]
    let rows: [[Value]] = (0..<2000).map { _ in
        let k = Int64.random(in: 0..<30, using: &generator)
        return [k == 0 ? .null : .int(k), doubles.randomElement(using: &generator)!,
                .string(["b", "a", "é", "", "B"].randomElement(using: &generator)!)]
    }
    try spark.createDataFrame(rows, schema: "k INT, d DOUBLE, s STRING").createOrReplaceTempView("t")
    try expectBatchesMatchRows(spark, rangeQueries[index])
}
