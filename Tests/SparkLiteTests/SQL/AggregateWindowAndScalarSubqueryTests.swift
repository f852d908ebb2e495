import Testing
@testable import SparkLite

/// Queries over the corpus's `salaries` table and the rows PySpark 4.3 returned for them (as multisets).
struct SalariesQueryCase: Sendable, CustomStringConvertible {
    let sql: String
    let rows: [[Value]]
    let shuffles: Int

    var description: String { sql }
}

enum SalariesFixture {
    static func session() throws -> SparkSession {
        let spark = SparkSession()
        let rows: [[Value]] = [
            [1, "eng", "a", 100], [2, "eng", "b", 200], [3, "eng", "c", 200], [4, "eng", "d", 150], [5, "eng", "e", nil],
            [6, "ops", "f", 90], [7, "ops", "g", 90], [8, "ops", "h", 80], [9, "hr", "i", 120], [10, nil, "j", 110],
            [11, "hr", "k", nil], [12, "ops", "l", 95],
        ].map(values)
        try spark.createDataFrame(rows, schema: "id INT, dept STRING, name STRING, salary INT", tableName: "salaries")
            .createOrReplaceTempView("salaries")
        return spark
    }
}

@Test(arguments: [
    // A window over the aggregate's result: the aggregate computes what the window reads.
    SalariesQueryCase(sql: "SELECT dept, sum(salary) AS s, rank() OVER (ORDER BY sum(salary) DESC) AS r FROM salaries GROUP BY dept",
                      rows: [["eng", 650, 1], ["ops", 355, 2], ["hr", 120, 3], [nil, 110, 4]].map(values), shuffles: 2),
    SalariesQueryCase(sql: "SELECT dept, lag(max(salary)) OVER (ORDER BY dept) AS prev FROM salaries GROUP BY dept",
                      rows: [[nil, nil], ["eng", 110], ["hr", 200], ["ops", 120]].map(values), shuffles: 2),
    SalariesQueryCase(sql: "SELECT sum(salary) AS s, sum(sum(salary)) OVER () AS t FROM salaries", rows: [[1235, 1235]].map(values), shuffles: 1),
    // Correlated scalar subqueries in the select list: left outer joins with the aggregate per key; a count
    // over no rows is 0, not null.
    SalariesQueryCase(sql: "SELECT name, (SELECT count(*) FROM salaries i WHERE i.dept = o.dept) AS n, (SELECT min(id) FROM salaries i WHERE i.dept = o.dept) AS first_id FROM salaries o",
                      rows: [["a", 5, 1], ["b", 5, 1], ["c", 5, 1], ["d", 5, 1], ["e", 5, 1], ["f", 4, 6], ["j", 0, nil], ["i", 2, 9],
                             ["k", 2, 9], ["g", 4, 6], ["h", 4, 6], ["l", 4, 6]].map(values), shuffles: 3),
])
func salariesQueryMatchesSpark(_ c: SalariesQueryCase) throws {
    let spark = try SalariesFixture.session()
    let df = try DataFrame(session: spark, unresolved: parseSQLQuery(c.sql))
    let rows = try df.collect()
    #expect(rows.count == c.rows.count)
    #expect(Set(rows.map { "\($0)" }) == Set(c.rows.map { "\($0)" }))
    #expect(try df.queryExecution.physicalPlan().collectNodes().filter { $0 is ShuffleExchangeExec }.count == c.shuffles)
}

@Test func windowOverAggregateReadsOnlyGroupedColumns() throws {
    let spark = try SalariesFixture.session()
    do {
        _ = try DataFrame(session: spark, unresolved: parseSQLQuery("SELECT dept, salary, rank() OVER (ORDER BY salary) FROM salaries GROUP BY dept")).collect()
        Issue.record("no error")
    } catch let error as SparkError {
        #expect(error.errorClass == "MISSING_AGGREGATION")
    }
}

/// A row of test values from Swift literals (nil is null).
func values(_ row: [Any?]) -> [Value] {
    row.map { v in
        switch v {
        case let i as Int: .int(Int64(i))
        case let s as String: .string(s)
        case let b as Bool: .bool(b)
        default: .null
        }
    }
}
