import Testing
@testable import SparkLite

/// Rows `(u, t, p, x)` for windows stacked over the same partitioning.
private func events(_ spark: SparkSession) throws -> DataFrame {
    let rows: [[Value]] = [
        [.int(1), .int(10), .string("a"), .int(5)], [.int(1), .int(20), .string("b"), .int(7)],
        [.int(1), .int(20), .string("a"), .int(1)], [.int(2), .int(5), .string("c"), .int(2)],
        [.int(2), .int(8), .string("a"), .null], [.int(3), .int(1), .string("b"), .int(4)],
    ]
    return try spark.createDataFrame(rows, schema: "u INT, t INT, p STRING, x INT", tableName: "events")
}

/// Partition-local sorts and windows in the physical plan, as real Spark 4.3 counts them: Spark widens a lower sort to the order a window stacked
/// above needs (PushDownLocalSort) when that order extends it and its columns exist below, and merges
/// windows with the same partitioning and ordering (CollapseWindow).
@Test(arguments: [
    // lag sorted by (u, t) under a running sum sorted by (u, t, p): one sort by (u, t, p), as Spark plans it.
    ("SELECT u, prev, SUM(x) OVER (PARTITION BY u ORDER BY t, p) AS s FROM (SELECT *, LAG(t) OVER (PARTITION BY u ORDER BY t) AS prev FROM events)", 1, 2),
    // A partition-only window and an ordered one over the same key: one sort serves both.
    ("SELECT u, SUM(x) OVER (PARTITION BY u) AS total, ROW_NUMBER() OVER (PARTITION BY u ORDER BY t) AS rn FROM events", 1, 2),
    // The upper window's partition key is renamed between the windows: the sort follows the rename down.
    ("SELECT uid, prev, ROW_NUMBER() OVER (PARTITION BY uid ORDER BY t, p) AS n FROM (SELECT u AS uid, t, p, prev FROM (SELECT *, LAG(t) OVER (PARTITION BY u ORDER BY t) AS prev FROM events))", 1, 2),
    // A rename in the select holding the lag (`t AS w`) moves above that window, so `ORDER BY w` extends `ORDER BY t`.
    ("SELECT u, prev, SUM(x) OVER (PARTITION BY u ORDER BY w, p) AS s FROM (SELECT u, t AS w, p, x, LAG(t) OVER (PARTITION BY u ORDER BY t) AS prev FROM events)", 1, 2),
    // The upper order key is the lower window's result: it cannot be sorted on below that window.
    ("SELECT u, SUM(x) OVER (PARTITION BY u ORDER BY t, prev) AS s FROM (SELECT *, LAG(t) OVER (PARTITION BY u ORDER BY t) AS prev FROM events)", 2, 2),
    // Same partitioning and ordering in two steps: one Window computes both.
    ("SELECT u, m, SUM(x) OVER (PARTITION BY u ORDER BY t) AS s FROM (SELECT *, MAX(x) OVER (PARTITION BY u ORDER BY t) AS m FROM events)", 1, 1),
])
func stackedWindowsSortAndMergeAsSparkPlansThem(_ query: String, _ localSorts: Int, _ windows: Int) throws {
    let spark = SparkSession()
    try events(spark).createOrReplaceTempView("events")
    let plan = try spark.sql(query).explain()
    let lines = plan.split(separator: "\n")
    #expect(lines.filter { $0.contains("Sort [") && $0.hasSuffix("false, 0") }.count == localSorts, "\(plan)")
    #expect(lines.filter { $0.contains("Window [") }.count == windows, "\(plan)")
    // The plan still computes what the query asks.
    #expect(try spark.sql(query).collect().count == 6)
}
