import SparkLite
import Testing
@testable import PySparkBridge

/// A single-column NOT IN plans as Spark 4.3's null-aware broadcast anti join, with SQL's NOT IN
/// semantics: a null in the subquery empties the result, a null probe key is never kept, and an empty
/// subquery keeps every row.
@Test(arguments: [
    ("r1", [[Value.int(1)]]),
    ("r2", []),
    ("r3", [[Value.null], [Value.int(1)], [Value.int(2)]]),
])
func notInIsANullAwareBroadcastAntiJoin(_ subquery: String, _ expected: [[Value]]) throws {
    let run = try SolutionRunner().run(source: """
    def solve(spark):
        spark.createDataFrame([(1,), (2,), (None,)], "k INT").createOrReplaceTempView("l")
        spark.createDataFrame([(2,)], "k INT").createOrReplaceTempView("r1")
        spark.createDataFrame([(2,), (None,)], "k INT").createOrReplaceTempView("r2")
        spark.createDataFrame([], "k INT").createOrReplaceTempView("r3")
        return spark.sql("SELECT k FROM l WHERE k NOT IN (SELECT k FROM \(subquery)) ORDER BY k")
    """, fileName: "solution.py", tables: [])
    #expect(Array(run.rows) == expected)
    #expect(run.physicalPlan.contains("BroadcastHashJoin [k#"))
    #expect(run.physicalPlan.contains("LeftAnti, BuildRight, true, false"))
    #expect(run.shuffles == 1)  // the ORDER BY
}
