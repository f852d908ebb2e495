import SparkLite
import Testing
@testable import PySparkBridge

// Operators and shuffle counts from PySpark 4.3 (`local[2]`) on the `users` table.

/// Spark's `RemoveRedundantAggregates`: a DISTINCT after a groupBy on its columns is not aggregated
/// twice, and a collapsible projection above a Python UDF's evaluation step merges into one.
@Test(arguments: [
    ("users.groupBy('country', 'name').agg(F.sum('salary')).select('country', 'name').distinct()",
     ["HashAggregate", "Exchange", "HashAggregate", "Project", "Scan ExistingRDD"], 1, 5),
    ("users.groupBy('country', 'name').agg(F.sum('salary')).select('country').distinct()",
     ["HashAggregate", "Exchange", "HashAggregate", "Project", "Scan ExistingRDD"], 1, 3),
    ("users.groupBy('country').count().distinct()",
     ["HashAggregate", "Exchange", "HashAggregate", "Project", "Scan ExistingRDD"], 1, 3),
    ("users.select(F.udf(lambda n: (n, len(n)), 'n STRING, l INT')('name').alias('p')).select('p.n', 'p.l')",
     ["Project", "BatchEvalPython", "Project", "Scan ExistingRDD"], 0, 5),
] as [(String, [String], Int, Int)])
func redundantAggregatesAreRemoved(body: String, operators: [String], shuffles: Int, rows: Int) throws {
    let run = try runSolution("""
    from pyspark.sql import functions as F

    def solve(users):
        return \(body)
    """)
    #expect(run.operators == operators, "\(body)")
    #expect(run.shuffles == shuffles)
    #expect(run.rows.count == rows)
}
