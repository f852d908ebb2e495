import Foundation
import SparkLite
import Testing
@testable import PySparkBridge

/// Spark's `InferFiltersFromConstraints`, `CombineFilters` and filter pushdown through aggregates and
/// windows: the filters of the physical plan, as `explain()` prints them on PySpark 4.3 (`local[2]`)
/// for the `users` table, top to bottom, expression ids written `#x`.
struct InferredFilterCase: Sendable, CustomStringConvertible {
    let name: String
    let body: String
    let filters: [String]

    var description: String { name }
}

@Test(arguments: [
    InferredFilterCase(name: "chained filters merge and gain isnotnull for each compared column",
                       body: "return users.filter(F.col('salary') > 45000).filter(F.col('country') == 'US').select('name')",
                       filters: ["Filter ((isnotnull(salary#x) AND isnotnull(country#x)) AND ((salary#x > 45000) AND (country#x = US)))"]),
    InferredFilterCase(name: "both sides of an inner join drop null keys",
                       body: "return users.alias('a').join(users.alias('b'), F.col('a.user_id') == F.col('b.salary')).select('a.name')",
                       filters: ["Filter isnotnull(user_id#x)", "Filter isnotnull(salary#x)"]),
    InferredFilterCase(name: "a filter on the grouping column moves below the aggregate, one on its result stays",
                       body: "return users.groupBy('country').agg(F.sum('salary').alias('t')).filter((F.col('country') == 'US') & (F.col('t') > 10))",
                       filters: ["Filter (isnotnull(t#xL) AND (t#xL > 10))", "Filter (isnotnull(country#x) AND (country#x = US))"]),
    InferredFilterCase(name: "a filter on the partition column moves below the window, one on the rank stays",
                       body: "return users.withColumn('r', F.rank().over(Window.partitionBy('country').orderBy('salary'))).filter((F.col('country') == 'India') & (F.col('r') == 1))",
                       filters: ["Filter (r#x = 1)", "Filter (isnotnull(country#x) AND (country#x = India))"]),
    InferredFilterCase(name: "only the right side of a left join is filtered, its own filter first",
                       body: "return users.alias('a').join(users.alias('b').filter(F.col('salary') > 60000), 'user_id', 'left').select('a.name')",
                       filters: ["Filter ((isnotnull(salary#x) AND (salary#x > 60000)) AND isnotnull(user_id#x))"]),
])
func inferredFiltersMatchSpark(_ c: InferredFilterCase) throws {
    let run = try runSolution("from pyspark.sql import functions as F\nfrom pyspark.sql.window import Window\ndef solve(users):\n    \(c.body)\n")
    let filters = run.physicalPlan.split(separator: "\n").compactMap { line -> String? in
        guard let start = line.range(of: "Filter ") else { return nil }
        return String(line[start.lowerBound...]).replacingOccurrences(of: #"#\d+"#, with: "#x", options: .regularExpression)
    }
    #expect(filters == c.filters, "\(run.physicalPlan)")
}
