import PyLite
import SparkLite
import Testing
@testable import PySparkBridge

/// A one-column result, its shuffles and its top operator, as PySpark 4.3 answered (`local[2]`).
struct RowCountOperatorCase: Sendable, CustomStringConvertible {
    let body: String
    let rows: [Value]
    let shuffles: Int
    let top: String?

    var description: String { body }
}

/// Values in a fixed order (rows are compared as multisets).
private func sorted(_ values: [Value]) -> [Value] { values.sorted { "\($0)" < "\($1)" } }

@Test(arguments: [
    // `offset(m).limit(n)` takes n + m rows and drops m; `limit(n).offset(m)` takes n.
    RowCountOperatorCase(body: "users.offset(1).limit(2).select('user_id')", rows: [.int(2), .int(3)], shuffles: 0, top: "CollectLimit"),
    RowCountOperatorCase(body: "users.limit(4).offset(2).select('user_id')", rows: [.int(3), .int(4)], shuffles: 0, top: "CollectLimit"),
    RowCountOperatorCase(body: "users.orderBy(F.col('salary').desc(), 'user_id').limit(3).offset(1).select('user_id')",
                         rows: [.int(4), .int(3)], shuffles: 0, top: "TakeOrderedAndProject"),
    RowCountOperatorCase(body: "users.select('user_id').offset(10)", rows: [], shuffles: 0, top: "CollectLimit"),
    RowCountOperatorCase(body: "users.select('user_id').limit(2).offset(3)", rows: [], shuffles: 0, top: nil),
    // Below the root an offset gathers the rows into one partition.
    RowCountOperatorCase(body: "users.offset(3).groupBy().count()", rows: [.int(2)], shuffles: 1, top: "HashAggregate"),
    RowCountOperatorCase(body: "users.orderBy('user_id').offset(3).select('user_id')", rows: [.int(4), .int(5)], shuffles: 1, top: "CollectLimit"),
    RowCountOperatorCase(body: "users.select('user_id').limit(3).offset(1).join(users.select('user_id'), 'user_id')",
                         rows: [.int(2), .int(3)], shuffles: 1, top: "Project"),
])
func offsetMatchesSpark(_ c: RowCountOperatorCase) throws {
    let run = try runSolution("from pyspark.sql import functions as F\ndef solve(users):\n    return \(c.body)\n")
    #expect(sorted(run.rows.map { $0[0] }) == sorted(c.rows))
    #expect(run.shuffles == c.shuffles, "\(run.physicalPlan)")
    if let top = c.top { #expect(run.operators.first == top, "\(run.physicalPlan)") }
}

/// INTERSECT ALL and EXCEPT ALL keep duplicates: each row as many times as it survives, nulls equal to nulls.
@Test(arguments: [
    RowCountOperatorCase(body: "a.exceptAll(b)", rows: [.int(1), .int(1), .null], shuffles: 1, top: "Project"),
    RowCountOperatorCase(body: "a.intersectAll(b)", rows: [.int(1), .int(2), .null], shuffles: 1, top: "Project"),
    RowCountOperatorCase(body: "b.exceptAll(a)", rows: [.int(2)], shuffles: 1, top: nil),
    RowCountOperatorCase(body: "a.exceptAll(a)", rows: [], shuffles: 1, top: nil),
    RowCountOperatorCase(body: "a.intersectAll(b.select(F.col('x').cast('long')))", rows: [.int(1), .int(2), .null], shuffles: 1, top: nil),
    RowCountOperatorCase(body: "a.exceptAll(b).groupBy('x').count().select('count')", rows: [.int(1), .int(2)], shuffles: 1, top: nil),
])
func setOperationsAllMatchSpark(_ c: RowCountOperatorCase) throws {
    let run = try runSolution("""
    from pyspark.sql import functions as F
    def solve(spark):
        a = spark.createDataFrame([(1,), (1,), (1,), (2,), (None,), (None,)], "x INT")
        b = spark.createDataFrame([(1,), (2,), (2,), (None,)], "x INT")
        return \(c.body)
    """)
    #expect(sorted(run.rows.map { $0[0] }) == sorted(c.rows))
    #expect(run.shuffles == c.shuffles, "\(run.physicalPlan)")
    if let top = c.top { #expect(run.operators.first == top, "\(run.physicalPlan)") }
}

@Test func setOperationsAllOnSeveralColumns() throws {
    let run = try runSolution("""
    def solve(spark):
        c = spark.createDataFrame([(1, "a"), (1, "a"), (1, "b"), (2, "a")], "x INT, y STRING")
        d = spark.createDataFrame([(1, "a"), (2, "a"), (2, "a")], "x INT, y STRING")
        c.createOrReplaceTempView("c")
        d.createOrReplaceTempView("d")
        return spark.sql("SELECT * FROM c EXCEPT ALL SELECT * FROM d UNION ALL (SELECT * FROM c INTERSECT ALL SELECT * FROM d)")
    """)
    #expect(run.columns.map(\.name) == ["x", "y"])
    #expect(Set(run.rows) == [[.int(1), .string("a")], [.int(1), .string("b")], [.int(2), .string("a")]])
    #expect(run.rows.count == 4)
    #expect(run.shuffles == 2)
}
