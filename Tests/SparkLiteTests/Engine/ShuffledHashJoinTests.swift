import Testing
@testable import SparkLite

/// `SHUFFLE_HASH` hints as real Spark 4.3 plans them (broadcasting by size turned off): the hinted side is
/// built when the join type allows it, the smaller one when both are hinted, a `MERGE` hint wins, and a
/// side that cannot be built leaves a sort-merge join. The rows must be those of the sort-merge join.
private let hintedJoins: [(query: String, join: String)] = [
    ("SELECT /*+ SHUFFLE_HASH(r) */ l.k, l.v, r.w FROM l JOIN r ON l.k = r.k", "ShuffledHashJoin [k#x], [k#x], Inner, BuildRight"),
    ("SELECT /*+ SHUFFLE_HASH(l) */ l.k, l.v, r.w FROM l JOIN r ON l.k = r.k", "ShuffledHashJoin [k#x], [k#x], Inner, BuildLeft"),
    ("SELECT /*+ SHUFFLE_HASH(l, r) */ l.k, l.v, r.w FROM l JOIN r ON l.k = r.k", "ShuffledHashJoin [k#x], [k#x], Inner, BuildRight"),
    ("SELECT /*+ SHUFFLE_HASH(l) */ l.k, l.v, r.k, r.w FROM l RIGHT JOIN r ON l.k = r.k",
     "ShuffledHashJoin [k#x], [k#x], RightOuter, BuildLeft"),
    ("SELECT /*+ SHUFFLE_HASH(r) */ l.k, l.v, r.k, r.w FROM l RIGHT JOIN r ON l.k = r.k",
     "ShuffledHashJoin [k#x], [k#x], RightOuter, BuildRight"),
    ("SELECT /*+ SHUFFLE_HASH(l) */ l.k, l.v, r.k, r.w FROM l FULL JOIN r ON l.k = r.k",
     "ShuffledHashJoin [k#x], [k#x], FullOuter, BuildLeft"),
    ("SELECT /*+ SHUFFLE_HASH(r) */ l.k, l.v, r.w FROM l LEFT JOIN r ON l.k = r.k AND r.w > l.v",
     "ShuffledHashJoin [k#x], [k#x], LeftOuter, BuildRight, (w#x > v#x)"),
    ("SELECT /*+ SHUFFLE_HASH(r) */ * FROM l LEFT ANTI JOIN r ON l.k = r.k", "ShuffledHashJoin [k#x], [k#x], LeftAnti, BuildRight"),
    ("SELECT /*+ SHUFFLE_HASH(l) */ * FROM l LEFT SEMI JOIN r ON l.k = r.k", "SortMergeJoin [k#x], [k#x], LeftSemi"),
    ("SELECT /*+ SHUFFLE_HASH(r), MERGE(l) */ l.k, r.w FROM l JOIN r ON l.k = r.k", "SortMergeJoin [k#x], [k#x], Inner"),
]

@Test(arguments: hintedJoins.indices)
func shuffleHashHintPlansSparksJoin(_ index: Int) throws {
    let (query, join) = hintedJoins[index]
    let spark = SparkSession(conf: SQLConf(["spark.sql.autoBroadcastJoinThreshold": "-1"]))
    try spark.createDataFrame([[.int(1), .int(10)], [.int(2), .int(20)], [.null, .int(30)], [.int(1), .int(40)], [.int(4), .int(50)]],
                              schema: "k INT, v INT").createOrReplaceTempView("l")
    try spark.createDataFrame([[.int(1), .int(5)], [.int(1), .int(7)], [.int(2), .int(0)], [.null, .int(9)], [.int(3), .int(11)]],
                              schema: "k INT, w INT").createOrReplaceTempView("r")
    let hinted = try spark.sql(query)
    let explain = try hinted.explain().replacing(/#\d+/, with: "#x")
    #expect(explain.contains("+- " + join + "\n"), "\(query)\n\(explain)")
    let merge = try spark.sql(query.replacing(/\/\*\+.*\*\//, with: "/*+ MERGE(l) */"))
    #expect(sortedRows(try hinted.execute().rows) == sortedRows(try merge.execute().rows), "\(query)")
}
