import Testing
@testable import SparkLite

/// Rows `(id, k, v)` with ties and nulls in both the partition key and the order column, split over two
/// partitions so the partial limit before the shuffle sees only part of each group.
private func tiedScores(_ spark: SparkSession) throws -> DataFrame {
    let keys: [Value] = [.string("a"), .string("b"), .null]
    let values: [Value] = [.int(3), .null, .int(3), .int(1), .int(2), .null, .int(2), .int(2), .int(5), .int(1), .int(3)]
    var rows: [[Value]] = []
    for (i, v) in values.enumerated() {
        for (j, k) in keys.enumerated() where (i + j) % 4 != 3 {
            rows.append([.int(Int64(rows.count + 1)), k, v])
        }
    }
    return try spark.createDataFrame(rows, schema: "id INT, k STRING, v INT", tableName: "scores")
}

/// The limit inferred below a window keeps every row the window and its filter keep: the same query run
/// with `spark.sql.optimizer.windowGroupLimitThreshold=-1` (no limit) gives the same rows.
@Test(arguments: [
    ("rank() OVER (PARTITION BY k ORDER BY v)", "r <= 2"),
    ("rank() OVER (PARTITION BY k ORDER BY v DESC)", "r < 3"),
    ("rank() OVER (PARTITION BY k ORDER BY v DESC NULLS FIRST)", "r = 1"),
    ("dense_rank() OVER (PARTITION BY k ORDER BY v)", "r <= 2"),
    ("dense_rank() OVER (PARTITION BY k ORDER BY v DESC NULLS FIRST)", "r = 3"),
    ("dense_rank() OVER (ORDER BY v)", "r <= 2"),
    ("row_number() OVER (PARTITION BY k ORDER BY v, id)", "r <= 3"),
    ("row_number() OVER (PARTITION BY k ORDER BY v DESC, id)", "2 >= r"),
    // Ties at the cut: the partial limit keeps the rows a stable sort puts first.
    ("row_number() OVER (PARTITION BY k ORDER BY v)", "r <= 2"),
    ("rank() OVER (ORDER BY v DESC)", "r <= 4"),
])
func windowGroupLimitKeepsTheRowsOfWindowAndFilter(_ function: String, _ condition: String) throws {
    let query = "SELECT id, k, v, r FROM (SELECT *, \(function) AS r FROM scores) WHERE \(condition)"
    let limited = SparkSession()
    try tiedScores(limited).createOrReplaceTempView("scores")
    let unlimited = SparkSession(conf: SQLConf(["spark.sql.optimizer.windowGroupLimitThreshold": "-1"]))
    try tiedScores(unlimited).createOrReplaceTempView("scores")
    let plan = try limited.sql(query).explain()
    #expect(plan.contains("WindowGroupLimit"), "\(plan)")
    #expect(try !unlimited.sql(query).explain().contains("WindowGroupLimit"))
    let expected = sortedRows(try unlimited.sql(query).collect())
    #expect(!expected.isEmpty)
    #expect(sortedRows(try limited.sql(query).collect()) == expected)
}

/// The selector on rows already sorted by (key, order): `nil` order values are nulls. Expected flags follow
/// the functions' definitions (rank 1, 1, 3, 3, 5, 6 and dense_rank 1, 1, 2, 2, 3, 4 for group "a").
@Test(arguments: [
    (WindowFunction.rowNumber, 2, [true, true, false, false, false, false, true, true, false]),
    (.rank, 2, [true, true, false, false, false, false, true, true, true]),
    (.rank, 3, [true, true, true, true, false, false, true, true, true]),
    (.denseRank, 2, [true, true, true, true, false, false, true, true, true]),
    (.denseRank, 3, [true, true, true, true, true, false, true, true, true]),
    (.rank, 1, [true, true, false, false, false, false, true, true, true]),
])
func groupLimitSelectorKeepsTiesAsTheFunctionRanksThem(_ kind: WindowFunction, _ limit: Int, _ expected: [Bool]) {
    let rows: [(String?, Int64?)] = [("a", nil), ("a", nil), ("a", 1), ("a", 1), ("a", 2), ("a", 3), (nil, 4), (nil, 4), (nil, 4)]
    var selector = GroupLimitSelector(kind: kind, limit: limit)
    let kept = rows.map { key, order in
        selector.keeps(key: [key.map(Value.string) ?? .null], order: { [order.map(Value.int) ?? .null] })
    }
    #expect(kept == expected)
}

/// On a large input the window reads only the limited rows: 200,000 rows in 50 groups, `rank() <= 3` over
/// distinct values, leave 150 rows for the window.
@Test func windowGroupLimitLeavesTheWindowOnlyTheKeptRows() throws {
    let spark = SparkSession()
    let rows: [[Value]] = (0..<200_000).map { i in [.int(Int64(i % 50)), .int(Int64(i))] }
    try spark.createDataFrame(rows, schema: "k INT, v INT").createOrReplaceTempView("big")
    let df = try spark.sql("SELECT k, v FROM (SELECT *, rank() OVER (PARTITION BY k ORDER BY v DESC) AS r FROM big) WHERE r <= 3")
    let physical = try df.queryExecution.physicalPlan()
    let window = try #require(physical.collectNodes().first { $0 is WindowExec })
    let input = try window.children[0].execute(ExecutionContext(conf: spark.conf))
    #expect(input.reduce(0) { $0 + $1.count } == 150)
    let result = try df.collect()
    #expect(result.count == 150)
    #expect(Set(result.map { $0[1] }) == Set((199_850..<200_000).map { Value.int(Int64($0)) }))
}

/// The partial limit picks, without a full sort, the rows a stable sort by (key, order) and the selector
/// keep: for row_number ties at the cut go to the earlier row (in a table of slots per group, or in lists when
/// the limit is large), rank and dense_rank keep whole peer groups.
@Test(arguments: [WindowFunction.rowNumber, .rank, .denseRank], [1, 3, 50, 5000])
func firstRowsPerGroupAreThoseOfAStableSort(_ kind: WindowFunction, _ limit: Int) throws {
    var generator = SystemRandomNumberGenerator()
    let rows: [[Value]] = (0..<2000).map { i in
        let k = Int64.random(in: 0..<12, using: &generator), v = Int64.random(in: 0..<6, using: &generator)
        return [k == 0 ? .null : .int(k), v == 0 ? .null : .int(v), .int(Int64(i))]
    }
    let key = Expression.boundReference(ordinal: 0, dataType: .long, nullable: true)
    let order = Expression.boundReference(ordinal: 1, dataType: .long, nullable: true)
    for (ascending, nullsFirst) in [(true, true), (false, false)] {
        let spec = [(ascending: ascending, nullsFirst: nullsFirst)]
        let kept = try WindowGroupLimitExec.firstPositionsPerGroup(rows, keys: [key], orderKeys: [order], orders: spec, kind: kind, limit: limit)
        let sorted = rows.indices.sorted { a, b in
            let c = ValueOrdering.compareKeys([rows[a][0], rows[a][1]], [rows[b][0], rows[b][1]], orders: [(true, true)] + spec)
            return c != 0 ? c < 0 : a < b
        }
        var selector = GroupLimitSelector(kind: kind, limit: limit)
        let expected = sorted.filter { i in selector.keeps(key: [rows[i][0]], order: { [rows[i][1]] }) }
        #expect(kept == expected.sorted(), "\(kind) \(limit) \(ascending)")
    }
}
