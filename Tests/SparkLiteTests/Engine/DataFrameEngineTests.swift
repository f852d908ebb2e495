import Testing
@testable import SparkLite

/// The seeds' users table, made like `spark.createDataFrame(list, schema)`.
func makeUsers(_ spark: SparkSession) throws -> DataFrame {
    try spark.createDataFrame([
        [.int(1), .string("Amit"), .string("India"), .int(50000)],
        [.int(2), .string("Bob"), .string("US"), .int(70000)],
        [.int(3), .string("Chen"), .string("India"), .int(65000)],
        [.int(4), .string("Dana"), .string("US"), .int(70000)],
        [.int(5), .string("Eve"), .null, .int(40000)],
    ], schema: "user_id INT, name STRING, country STRING, salary INT", tableName: "users")
}

/// Rows compared as a multiset, as the judge does for unordered results.
func sortedRows(_ rows: some Collection<[Value]>) -> [[Value]] {
    rows.sorted { ValueOrdering.compareKeys($0, $1, orders: Array(repeating: (true, true), count: $0.count)) < 0 }
}

@Test func groupByCountsAndAveragesWithSparkNames() throws {
    let spark = SparkSession()
    let df = try makeUsers(spark).groupBy("country").agg(functions.count(functions.lit(.int(1))), functions.avg("salary"))
    #expect(df.columns == ["country", "count(1)", "avg(salary)"])
    #expect(df.schema.map(\.dataType) == [.string, .long, .double])
    let result = try df.execute()
    #expect(sortedRows(result.rows) == [
        [.null, .int(1), .double(40000)],
        [.string("India"), .int(2), .double(57500)],
        [.string("US"), .int(2), .double(70000)],
    ])
    #expect(result.shuffles == 1)
    let plan = try df.explain()
    #expect(plan.contains("HashAggregate(keys=[country#"))
    #expect(plan.contains("partial_count(1)"))
    #expect(plan.contains("Exchange hashpartitioning(country#"))
    #expect(plan.contains("AdaptiveSparkPlan isFinalPlan=false"))
}

@Test func denseRankPerCountryKeepsTies() throws {
    let spark = SparkSession()
    let users = try makeUsers(spark)
    let w = WindowSpec.partitionBy("country").orderBy(Column(name: "salary").desc())
    let top = try users.withColumn("r", functions.dense_rank().over(w)).filter(Column(name: "r") == functions.lit(.int(1)))
    let result = try top.execute()
    #expect(sortedRows(result.rows).map { $0[0] } == [.int(2), .int(3), .int(4), .int(5)])
    #expect(result.shuffles == 1)
    #expect(try top.explain().contains("Window [dense_rank(salary#"))
    #expect(try top.explain().contains("WindowGroupLimit [country#"))
}

@Test func aggregateThenJoinOnSameKeyShufflesOnceMore() throws {
    let spark = SparkSession()
    let users = try makeUsers(spark)
    let totals = try users.groupBy("country").agg(functions.sum("salary").alias("total"))
    let joined = try users.join(totals, using: ["country"], how: "left")
    #expect(joined.columns == ["country", "user_id", "name", "salary", "total"])
    let result = try joined.execute()
    #expect(result.shuffles == 2)
    #expect(result.broadcasts == 0)
    #expect(result.rows.count == 5)
    let eve = result.rows.first { $0[2] == .string("Eve") }
    #expect(eve?[4] == .null)
    #expect(try joined.explain().contains("SortMergeJoin [country#"))
}

@Test func broadcastHintPlansBroadcastHashJoin() throws {
    let spark = SparkSession()
    let users = try makeUsers(spark)
    let countries = try spark.createDataFrame([[.string("India"), .string("Asia")], [.string("US"), .string("America")]],
                                              schema: "country STRING, continent STRING")
    let joined = try users.join(functions.broadcast(countries), using: ["country"])
    let result = try joined.execute()
    #expect(result.shuffles == 0)
    #expect(result.broadcasts == 1)
    #expect(result.rows.count == 4)
    #expect(try joined.explain().contains("BroadcastHashJoin"))
}

@Test func orderByWithLimitIsTakeOrderedAndProject() throws {
    let spark = SparkSession()
    let top = try makeUsers(spark).orderBy(Column(name: "salary").desc(), "user_id").limit(2)
    let result = try top.execute()
    #expect(result.rows.map { $0[0] } == [.int(2), .int(4)])
    #expect(result.shuffles == 0)
    #expect(try top.explain().contains("TakeOrderedAndProject(limit=2"))
}

@Test func globalSortUsesRangePartitioning() throws {
    let spark = SparkSession()
    let sorted = try makeUsers(spark).orderBy("salary", "user_id")
    let result = try sorted.execute()
    #expect(result.rows.map { $0[0] } == [.int(5), .int(1), .int(3), .int(2), .int(4)])
    #expect(result.shuffles == 1)
    #expect(try sorted.explain().contains("Exchange rangepartitioning(salary#"))
}

@Test func unknownColumnSuggestsTheClosestNames() throws {
    let spark = SparkSession()
    let users = try makeUsers(spark)
    #expect {
        _ = try users.select("nme")
    } throws: { error in
        guard let e = error as? SparkError else { return false }
        return e.errorClass == "UNRESOLVED_COLUMN.WITH_SUGGESTION" && e.message.contains("[`name`")
    }
}

@Test func integerDivisionReturnsDoubleAndDivideByZeroRaises() throws {
    let spark = SparkSession()
    let users = try makeUsers(spark)
    let ratio = try users.select((Column(name: "salary") / functions.lit(.int(1000))).alias("k"))
    #expect(ratio.schema.first?.dataType == .double)
    #expect(try ratio.collect().first == [.double(50)])
    let broken = try users.select(Column(name: "salary") / functions.lit(.int(0)))
    #expect(broken.columns == ["(salary / 0)"])
    #expect {
        _ = try broken.collect()
    } throws: { error in (error as? SparkError)?.errorClass == "DIVIDE_BY_ZERO" }
}

@Test func showMatchesSparkLayout() throws {
    let spark = SparkSession()
    let text = try makeUsers(spark).select("name", "country").showString(2)
    #expect(text == """
    +----+-------+
    |name|country|
    +----+-------+
    |Amit|  India|
    | Bob|     US|
    +----+-------+
    only showing top 2 rows

    """)
}

/// Every aggregate's exported partial state must have as many values as it declares, or the final phase
/// reads past the row.
@Test(arguments: AggregateFunctionKind.allCases)
func partialStateMatchesDeclaredWidth(_ kind: AggregateFunctionKind) throws {
    let arguments: [Expression] = kind == .maxBy || kind == .minBy
        ? [.literal(.int(1), .int), .literal(.int(2), .int)] : [.literal(.int(1), .int)]
    let agg = AggregateExpression(kind: kind, arguments: arguments, resultType: .long)
    var acc = Accumulator(agg, ansi: true)
    try acc.update(arguments.map { _ in .int(1) })
    #expect(acc.state().count == Accumulator.stateTypes(agg).count)
}
