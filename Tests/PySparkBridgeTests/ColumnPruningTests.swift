import Foundation
import SparkLite
import Testing
@testable import PySparkBridge

/// Spark's `ColumnPruning` and `Scan OneRowRelation`: the physical operators and the pruning projection's
/// columns, as `explain()` prints them on PySpark 4.3 (`local[2]`) for the `users` table.
struct ColumnPruningCase: Sendable, CustomStringConvertible {
    let name: String
    let source: String
    var file = "solution.py"
    let operators: [String]
    /// A line of Spark's plan, expression ids written `#x`.
    let line: String

    var description: String { name }
}

@Test(arguments: [
    ColumnPruningCase(name: "an aggregate reads only its key and argument columns",
                  source: "return users.groupBy('country').agg(F.sum('salary').alias('total'))",
                  operators: ["HashAggregate", "Exchange", "HashAggregate", "Project", "Scan ExistingRDD"],
                  line: "Project [country#x, salary#x]"),
    ColumnPruningCase(name: "a grouping expression is computed without the columns the aggregate no longer reads",
                  source: "return users.groupBy(F.upper('country').alias('c')).count()",
                  operators: ["HashAggregate", "Exchange", "HashAggregate", "Project", "Scan ExistingRDD"],
                  line: "Project [upper(country#x) AS "),
    ColumnPruningCase(name: "a window's input keeps the selected, partition and order columns",
                  source: "return users.withColumn('r', F.rank().over(Window.partitionBy('country').orderBy('salary'))).select('name', 'r')",
                  operators: ["Project", "Window", "Sort", "Exchange", "Project", "Scan ExistingRDD"],
                  line: "Project [name#x, country#x, salary#x]"),
    ColumnPruningCase(name: "a sort's input keeps the selected and sort columns",
                  source: "return users.orderBy('salary').select('name')",
                  operators: ["Project", "Sort", "Exchange", "Project", "Scan ExistingRDD"],
                  line: "Project [name#x, salary#x]"),
    ColumnPruningCase(name: "a SELECT without FROM scans OneRowRelation", source: "SELECT 1 AS one", file: "query.sql",
                  operators: ["Project", "Scan OneRowRelation"], line: "Scan OneRowRelation[]"),
])
func columnPruningMatchesSpark(_ c: ColumnPruningCase) throws {
    let source = c.file.hasSuffix(".sql") ? c.source
        : "from pyspark.sql import functions as F\nfrom pyspark.sql.window import Window\ndef solve(users):\n    \(c.source)\n"
    let run = try runSolution(source, file: c.file)
    let plan = run.physicalPlan.replacingOccurrences(of: #"#\d+"#, with: "#x", options: .regularExpression)
    #expect(run.operators == c.operators, "\(run.physicalPlan)")
    #expect(plan.contains(c.line), "\(run.physicalPlan)")
}
