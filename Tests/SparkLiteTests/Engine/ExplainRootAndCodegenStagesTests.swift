import Foundation
import Testing
@testable import SparkLite

/// Explain as real Spark 4.3 prints it (ids masked): a plan that neither shuffles, broadcasts, needs its input
/// distributed nor runs a subquery has no `AdaptiveSparkPlan` root and shows its whole-stage-codegen stages;
/// any other prints under `AdaptiveSparkPlan isFinalPlan=false` without stages. Expected texts are real
/// Spark's for the same queries over the same table (`id INT, tags ARRAY<STRING>, scores ARRAY<INT>`).
@Test(arguments: [
    ("SELECT id FROM items WHERE id > 1", """
    *(1) Project [id#x]
    +- *(1) Filter (isnotnull(id#x) AND (id#x > 1))
       +- *(1) Scan ExistingRDD[id#x,tags#x,scores#x]
    """),
    ("SELECT id FROM items ORDER BY id LIMIT 2", """
    TakeOrderedAndProject(limit=2, orderBy=[id#x ASC NULLS FIRST], output=[id#x])
    +- *(1) Project [id#x]
       +- *(1) Scan ExistingRDD[id#x,tags#x,scores#x]
    """),
    ("SELECT id, zip_with(scores, scores, (a, b) -> a + b) AS t FROM items", """
    Project [id#x, zip_with(scores#x, scores#x, lambdafunction((lambda a#x + lambda b#x), lambda a#x, lambda b#x, false)) AS t#x]
    +- *(1) Scan ExistingRDD[id#x,tags#x,scores#x]
    """),
    ("SELECT id FROM items UNION ALL SELECT id FROM items", """
    *(1) Union
    :- *(1) Project [id#x]
    :  +- *(1) Scan ExistingRDD[id#x,tags#x,scores#x]
    +- *(1) Project [id#x]
       +- *(1) Scan ExistingRDD[id#x,tags#x,scores#x]
    """),
    ("SELECT * FROM VALUES (1, 2) AS t(a, b)", """
    LocalTableScan [a#x, b#x]
    """),
    ("SELECT id, count(*) AS n FROM items GROUP BY id", """
    AdaptiveSparkPlan isFinalPlan=false
    +- HashAggregate(keys=[id#x], functions=[count(1)])
       +- Exchange hashpartitioning(id#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
          +- HashAggregate(keys=[id#x], functions=[partial_count(1)])
             +- Project [id#x]
                +- Scan ExistingRDD[id#x,tags#x,scores#x]
    """),
])
func explainShowsTheAdaptiveRootOrTheCodegenStages(_ query: String, _ expected: String) throws {
    let spark = SparkSession()
    try spark.createDataFrame([[.int(1), .array([.string("a")]), .array([.int(3)])]],
                              schema: "id INT, tags ARRAY<STRING>, scores ARRAY<INT>", tableName: "items")
        .createOrReplaceTempView("items")
    let explain = try spark.sql(query).explain()
    let masked = explain.replacingOccurrences(of: "#[0-9]+", with: "#x", options: .regularExpression)
        .replacingOccurrences(of: "plan_id=[0-9]+", with: "plan_id=x", options: .regularExpression)
    #expect(masked == "== Physical Plan ==\n\(expected)\n")
}
