import Testing
@testable import SparkLite

/// A broadcast hash join over a columnar stream must return the rows of the same join planned as a
/// sort-merge join: duplicate keys, null keys, conditions, and a condition that fails only on pairs a
/// row-by-row join never evaluates (a semi join stops at its first match).
private let joins: [(String, String)] = [
    ("inner", "SELECT /*+ HINT(r) */ l.k, l.v, r.w FROM l JOIN r ON l.k = r.k"),
    ("inner, build left", "SELECT /*+ HINT(l) */ l.k, l.v, r.w FROM l JOIN r ON l.k = r.k"),
    ("left outer with condition", "SELECT /*+ HINT(r) */ l.k, l.v, r.w FROM l LEFT JOIN r ON l.k = r.k AND r.w > l.v"),
    ("right outer, build left", "SELECT /*+ HINT(l) */ l.k, l.v, r.k, r.w FROM l RIGHT JOIN r ON l.k = r.k"),
    ("semi", "SELECT /*+ HINT(r) */ * FROM l LEFT SEMI JOIN r ON l.k = r.k AND r.w <> 0"),
    ("anti", "SELECT /*+ HINT(r) */ * FROM l LEFT ANTI JOIN r ON l.k = r.k"),
    ("semi stops before a failing pair", "SELECT /*+ HINT(r) */ * FROM l LEFT SEMI JOIN r ON l.k = r.k AND (r.w = 5 OR l.v DIV (r.w - 7) > 0)"),
    ("grouped after the join", "SELECT /*+ HINT(r) */ r.w, count(*), sum(l.v) FROM l JOIN r ON l.k = r.k GROUP BY r.w"),
]

@Test(arguments: joins.indices)
func broadcastJoinOfColumnsMatchesSortMergeJoin(_ index: Int) throws {
    let (name, query) = joins[index]
    let spark = SparkSession()
    try spark.createDataFrame([[.int(1), .int(10)], [.int(2), .int(20)], [.null, .int(30)], [.int(1), .int(40)], [.int(4), .int(50)]],
                              schema: "k INT, v INT").createOrReplaceTempView("l")
    try spark.createDataFrame([[.int(1), .int(5)], [.int(1), .int(7)], [.int(2), .int(0)], [.null, .int(9)], [.int(3), .int(11)]],
                              schema: "k INT, w INT").createOrReplaceTempView("r")
    let broadcast = try spark.sql(query.replacingOccurrences(of: "HINT", with: "BROADCAST"))
    let merge = try spark.sql(query.replacingOccurrences(of: "HINT", with: "MERGE"))
    #expect(try broadcast.explain().contains("BroadcastHashJoin"), "\(name)")
    #expect(try !merge.explain().contains("BroadcastHashJoin"), "\(name)")
    #expect(sortedRows(try broadcast.execute().rows) == sortedRows(try merge.execute().rows), "\(name)")
}

/// A sort-merge right outer join emits rows in the order of its right side's keys, unmatched rows in
/// place, as Spark's streamed right side does: its declared output ordering holds.
@Test func sortMergeRightOuterJoinIsOrderedByTheRightKeys() throws {
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "1"]))
    try spark.createDataFrame([[.int(2), .int(20)], [.int(4), .int(40)], [.int(2), .int(21)]], schema: "k INT, v INT").createOrReplaceTempView("l")
    try spark.createDataFrame([[.int(3), .int(1)], [.int(2), .int(2)], [.null, .int(3)], [.int(1), .int(4)], [.int(4), .int(5)]],
                              schema: "k INT, w INT").createOrReplaceTempView("r")
    let joined = try spark.sql("SELECT /*+ MERGE(l) */ r.k, l.v, r.w FROM l RIGHT JOIN r ON l.k = r.k")
    #expect(try joined.explain().contains("SortMergeJoin"))
    #expect(try joined.execute().rows == [[.null, .null, .int(3)], [.int(1), .null, .int(4)], [.int(2), .int(20), .int(2)],
                                          [.int(2), .int(21), .int(2)], [.int(3), .null, .int(1)], [.int(4), .int(40), .int(5)]])
}

/// An aggregate over a sort-merge join reads each partition's joined batch as the join makes it; partition
/// by partition, the answer is that of the row engine.
@Test func aggregateOverASortMergeJoinReadsItPartitionByPartition() throws {
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "3"]))
    try spark.createDataFrame((0..<60).map { [$0 % 7 == 0 ? .null : .int(Int64($0 % 11)), .int(Int64($0))] }, schema: "k INT, v INT")
        .createOrReplaceTempView("l")
    try spark.createDataFrame((0..<30).map { [.int(Int64($0 % 13)), .int(Int64($0 % 4))] }, schema: "k INT, w INT")
        .createOrReplaceTempView("r")
    let plan = try expectBatchesMatchRows(spark, "SELECT /*+ MERGE(r) */ r.w, count(*), sum(l.v) FROM l JOIN r ON l.k = r.k GROUP BY r.w")
    #expect(plan.collectNodes().contains { $0 is SortMergeJoinExec })
}

/// The build side of a columnar join hashes integer, date and timestamp keys as words and other keys as
/// values; either way every partition's joined rows, in order, are the row engine's: duplicate keys in
/// input order, null keys never matching, strings compared byte for byte, NaN equal to NaN and -0.0 to 0.0.
@Test(arguments: [
    "SELECT /*+ MERGE(r) */ l.a, l.s, r.t FROM l JOIN r ON l.a = r.a",
    "SELECT /*+ MERGE(r) */ l.a, l.b, r.t FROM l JOIN r ON l.a = r.a AND l.b = r.b",
    "SELECT /*+ MERGE(r) */ l.s, r.t FROM l JOIN r ON l.s = r.s",
    "SELECT /*+ MERGE(r) */ l.d, r.t FROM l LEFT JOIN r ON l.d = r.d",
    "SELECT /*+ MERGE(r) */ l.x, r.t FROM l JOIN r ON l.x = r.x",
    "SELECT /*+ MERGE(r) */ l.day, l.a FROM l LEFT ANTI JOIN r ON l.day = r.day AND l.a = r.b",
    "SELECT /*+ BROADCAST(r) */ l.a, l.s, r.t FROM l JOIN r ON l.a = r.a AND l.s = r.s AND l.b = r.b",
])
func columnarJoinKeysOfEveryKindMatchTheRowEngine(_ query: String) throws {
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "3"]))
    let schema = "a INT, b BIGINT, s STRING, d DECIMAL(10,2), x DOUBLE, day DATE"
    func row(_ i: Int) -> [Value] {
        [i % 5 == 0 ? .null : .int(Int64(i % 4)), .int(Int64(i % 3)),
         i % 6 == 0 ? .null : .string(i % 2 == 0 ? "short" : "a longer key é \(i % 3)"),
         .decimal(Int128(i % 4) * 150, scale: 2), .double([Double.nan, -0.0, 0.0, 1.5][i % 4]), .date(Int32(19000 + i % 3))]
    }
    try spark.createDataFrame((0..<40).map(row), schema: schema).createOrReplaceTempView("l")
    try spark.createDataFrame((0..<25).map { row($0 * 7 + 1) + [.int(Int64($0))] }, schema: schema + ", t INT").createOrReplaceTempView("r")
    _ = try expectBatchesMatchRows(spark, query)
}
