import Testing
@testable import SparkLite

/// Sorts, top-N, windows, group limits and sort-merge joins over batches return, partition by partition and in order, the rows the
/// row engine returns: ties (kept in arrival order), nulls first and last, NaN and -0.0 keys, several
/// keys, and window functions counted from codes next to ones computed from rows.
private let queries = [
    "SELECT k, v, d, row_number() OVER (PARTITION BY k ORDER BY v DESC, d) AS rn FROM t",
    "SELECT k, v, rank() OVER (PARTITION BY k ORDER BY d NULLS LAST) AS r, dense_rank() OVER (PARTITION BY k ORDER BY d NULLS LAST) AS dr, "
        + "lag(v) OVER (PARTITION BY k ORDER BY d NULLS LAST) AS prev, sum(v) OVER (PARTITION BY k ORDER BY d NULLS LAST) AS running FROM t",
    "SELECT * FROM (SELECT k, v, d, dense_rank() OVER (PARTITION BY k ORDER BY d DESC) AS r FROM t) WHERE r <= 2",
    "SELECT * FROM (SELECT k, v, d, rank() OVER (PARTITION BY s ORDER BY v) AS r FROM t) WHERE r <= 3",
    "SELECT * FROM (SELECT k, v, d, row_number() OVER (PARTITION BY k, s ORDER BY d, v DESC) AS r FROM t) WHERE r < 3",
    "SELECT k, v, d, s, ntile(3) OVER (PARTITION BY s ORDER BY k NULLS LAST, v) AS n FROM t",
    "SELECT k, d, count(*) OVER (ORDER BY d) AS c FROM t",
    "SELECT k, v, d FROM t ORDER BY d DESC NULLS LAST, v LIMIT 7",
    "SELECT k, v + 1 AS w, d FROM t ORDER BY s, k NULLS LAST LIMIT 40 OFFSET 5",
    "SELECT /*+ MERGE(a) */ a.k, a.v, b.d, b.s FROM t a JOIN (SELECT * FROM t WHERE d > 1) b ON a.k = b.k AND a.v = b.v",
    "SELECT /*+ MERGE(a) */ a.k, a.s, b.d FROM t a LEFT JOIN (SELECT * FROM t WHERE d > 1) b ON a.k = b.k AND a.v = b.v AND a.s < b.s",
    "SELECT /*+ MERGE(a) */ * FROM t a LEFT SEMI JOIN (SELECT * FROM t WHERE d > 1) b ON a.k = b.k AND a.v = b.v",
    "SELECT /*+ MERGE(a) */ * FROM t a LEFT ANTI JOIN (SELECT * FROM t WHERE d > 1) b ON a.s = b.s AND a.k = b.k",
]

@Test(arguments: queries.indices)
func sortsAndWindowsOnBatchesMatchTheRowEngine(_ index: Int) throws {
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "3"]))
    var generator = SystemRandomNumberGenerator()
    let doubles: [Value] = [.double(.nan), .double(-0.0), .double(0.0), .double(1.5), .double(-2), .null]
    let rows: [[Value]] = (0..<3000).map { _ in
        let k = Int64.random(in: 0..<9, using: &generator), v = Int64.random(in: 0..<5, using: &generator)
        return [k == 0 ? .null : .int(k), v == 0 ? .null : .int(v), doubles.randomElement(using: &generator)!,
                .string(["a", "b", "é", ""][Int(v) % 4])]
    }
    try spark.createDataFrame(rows, schema: "k INT, v BIGINT, d DOUBLE, s STRING").createOrReplaceTempView("t")
    let plan = try expectBatchesMatchRows(spark, queries[index])
    #expect(plan.collectNodes().contains { $0 is WindowExec || $0 is SortExec || $0 is TakeOrderedAndProjectExec || $0 is SortMergeJoinExec })
}
