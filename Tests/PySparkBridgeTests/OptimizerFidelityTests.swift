import PyLite
import SparkLite
import Testing
@testable import PySparkBridge

/// Optimizer and planner behaviour that changes what a learner measures, pinned against PySpark 4.3
/// (`local[2]`, AQE on): shuffle counts, result partitions, rows.
struct OptimizerCase: Sendable, CustomStringConvertible {
    let name: String
    let body: String
    let shuffles: Int
    let outputPartitions: Int?
    let rows: Int
    var planContains: [String] = []

    var description: String { name }
}

@Test(arguments: [
    OptimizerCase(name: "a cross join filtered on an equality becomes an equi-join (PushPredicateThroughJoin)",
                  body: "return users.alias('a').crossJoin(users.alias('b')).where(F.col('a.user_id') == F.col('b.user_id'))",
                  shuffles: 2, outputPartitions: 1, rows: 5, planContains: ["SortMergeJoin [user_id#"]),
    OptimizerCase(name: "a filter above a join's projection joins its condition (PushPredicateThroughNonJoin)",
                  body: "return users.join(users.select('user_id', F.col('salary').alias('s2')), 'user_id').where(F.col('salary') == F.col('s2'))",
                  shuffles: 2, outputPartitions: 1, rows: 5, planContains: ["SortMergeJoin [salary#"]),
    OptimizerCase(name: "a broadcast hint stays with its join when a filter moves below it (EliminateResolvedHint)",
                  body: "return users.alias('a').join(F.broadcast(users.alias('b')), 'user_id').where(F.col('b.salary') > 60000)",
                  shuffles: 0, outputPartitions: 2, rows: 3, planContains: ["BroadcastHashJoin"]),
    OptimizerCase(name: "an always-false filter empties the plan (PruneFilters, PropagateEmptyRelation)",
                  body: "return users.filter(F.lit(1) == F.lit(2)).groupBy('country').count()",
                  shuffles: 0, outputPartitions: nil, rows: 0, planContains: ["LocalTableScan <empty>"]),
    OptimizerCase(name: "two repartitions collapse into the outer one",
                  body: "return users.repartition(4).repartition(2)", shuffles: 1, outputPartitions: 2, rows: 5),
    OptimizerCase(name: "coalesce above a smaller repartition is dropped",
                  body: "return users.repartition(3).coalesce(8)", shuffles: 1, outputPartitions: 3, rows: 5),
    OptimizerCase(name: "an unused window column is pruned with its shuffle",
                  body: "return users.withColumn('r', F.row_number().over(Window.orderBy('salary'))).drop('r')",
                  shuffles: 0, outputPartitions: 2, rows: 5),
    OptimizerCase(name: "constants are folded",
                  body: "return users.filter(F.col('salary') > F.lit(1).cast('double'))",
                  shuffles: 0, outputPartitions: 2, rows: 5, planContains: ["> 1.0)"]),
    OptimizerCase(name: "adaptive execution coalesces a small aggregate to one partition",
                  body: "return users.groupBy('country').count()", shuffles: 1, outputPartitions: 1, rows: 3),
    OptimizerCase(name: "coalesce cannot add partitions after an adaptive aggregate",
                  body: "return users.groupBy('country').count().coalesce(8)", shuffles: 1, outputPartitions: 1, rows: 3),
    OptimizerCase(name: "repartition by number is not coalesced",
                  body: "return users.groupBy('country').count().repartition(8)", shuffles: 2, outputPartitions: 8, rows: 3),
    OptimizerCase(name: "an aggregate of an empty input has no partitions",
                  body: "return users.filter('salary < 0').groupBy('country').count()", shuffles: 1, outputPartitions: 0, rows: 0),
    OptimizerCase(name: "python UDFs run in BatchEvalPython",
                  body: "up = F.udf(lambda s: s.upper(), 'string')\n    return users.select(up('name').alias('n'))",
                  shuffles: 0, outputPartitions: 2, rows: 5, planContains: ["BatchEvalPython [<lambda>(name#", "pythonUDF0#"]),
    OptimizerCase(name: "fields read from a struct built below read the values (CollapseProject, SimplifyExtractValueOps)",
                  body: "return users.select(F.struct('name', (F.col('salary') + 1).alias('s1')).alias('s')).filter(F.col('s.name') == 'Bob').select('s.*')",
                  shuffles: 0, outputPartitions: 2, rows: 1,
                  planContains: ["Project [name#", "(salary#", "+ 1) AS s1#", "Filter (isnotnull(name#"]),
    OptimizerCase(name: "spark.range plans as Range",
                  body: "return spark.range(0, 10, 3).select((F.col('id') * 2).alias('d'))",
                  shuffles: 0, outputPartitions: 2, rows: 4, planContains: ["Range (0, 10, step=3, splits=2)"]),
])
func optimizerFidelity(_ c: OptimizerCase) throws {
    let run = try runSolution("from pyspark.sql import functions as F\nfrom pyspark.sql.window import Window\ndef solve(spark, users):\n    \(c.body)\n")
    #expect(run.shuffles == c.shuffles, "\(run.physicalPlan)")
    #expect(run.rows.count == c.rows)
    if let partitions = c.outputPartitions { #expect(run.metrics?.outputPartitions == partitions, "\(run.physicalPlan)") }
    for text in c.planContains { #expect(run.physicalPlan.contains(text), "\(run.physicalPlan)") }
}

/// Spark co-partitions a join on all its keys: a side hashed on only some of them is shuffled again.
@Test func joinSidesAreHashedOnAllKeys() throws {
    let orders = InputTableData(name: "orders", schema: try parseDDLSchema("order_id INT, customer_id INT, country STRING, amount INT"),
                                rows: [[.int(1), .int(10), .string("India"), .int(500)], [.int(2), .int(11), .string("India"), .int(300)],
                                       [.int(3), .int(12), .string("USA"), .int(900)]])
    for (name, condition) in [("spend", "['country', 'spend']"),
                              ("best", "(spend['country'] == best['country']) & (spend['spend'] == best['best'])")] {
        let run = try SolutionRunner().run(source: """
        from pyspark.sql import functions as F
        def solve(orders):
            spend = orders.groupBy("country", "customer_id").agg(F.sum("amount").alias("spend"))
            best = spend.groupBy("country").agg(F.max("spend").alias("\(name)"))
            return spend.join(best, \(condition))
        """, fileName: "solution.py", tables: [orders])
        #expect(run.rows.count == 2, "\(run.physicalPlan)")
    }
}
