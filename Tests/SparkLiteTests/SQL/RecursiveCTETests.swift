import Testing
@testable import SparkLite

/// `WITH RECURSIVE` queries with the rows (in any order) or the error class real Spark 4.3 gave.
struct RecursiveCTECase: Sendable, CustomTestStringConvertible {
    let sql: String
    let rows: [[Value]]
    let errorClass: String?
    let conf: [String: String]
    var testDescription: String { sql }

    init(_ sql: String, rows: [[Value]] = [], error: String? = nil, conf: [String: String] = [:]) {
        self.sql = sql
        self.rows = rows
        self.errorClass = error
        self.conf = conf
    }
}

private let staff = "s(id, name, mgr) AS (VALUES (1, 'a', NULL), (2, 'b', 1), (3, 'c', 2), (4, 'd', 1))"

@Test(arguments: [
    // The recursive reference read twice in one step: each reference reads the previous step's rows.
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT a.n + b.n FROM t a JOIN t b ON a.n = b.n WHERE a.n < 8) SELECT * FROM t",
                     rows: [[.int(1)], [.int(2)], [.int(4)], [.int(8)]]),
    // Every branch before the last is the anchor.
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT 10 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t",
                     rows: [[.int(1)], [.int(10)], [.int(2)], [.int(3)]]),
    // A BIGINT anchor takes an INT step.
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1L UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t",
                     rows: [[.int(1)], [.int(2)], [.int(3)]]),
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1L FROM t WHERE n < 3) SELECT * FROM t",
                     error: "CANNOT_MERGE_INCOMPATIBLE_DATA_TYPE"),
    // The reference may stand on the preserved side of an outer join, next to an ordinary CTE.
    RecursiveCTECase("WITH RECURSIVE \(staff), t(id, lvl) AS (SELECT 1, 0 UNION ALL SELECT s.id, t.lvl + 1 FROM t LEFT JOIN s ON s.mgr = t.id WHERE s.id IS NOT NULL) SELECT * FROM t",
                     rows: [[.int(1), .int(0)], [.int(2), .int(1)], [.int(4), .int(1)], [.int(3), .int(2)]]),
    RecursiveCTECase("WITH RECURSIVE \(staff), t(id, lvl) AS (SELECT 1, 0 UNION ALL SELECT s.id, t.lvl + 1 FROM s RIGHT JOIN t ON s.mgr = t.id WHERE s.id IS NOT NULL) SELECT * FROM t",
                     rows: [[.int(1), .int(0)], [.int(2), .int(1)], [.int(4), .int(1)], [.int(3), .int(2)]]),
    RecursiveCTECase("WITH RECURSIVE \(staff), t(id, lvl) AS (SELECT 1, 0 UNION ALL SELECT s.id, t.lvl + 1 FROM t RIGHT JOIN s ON s.mgr = t.id WHERE t.lvl < 3) SELECT * FROM t",
                     error: "INVALID_RECURSIVE_REFERENCE.PLACE"),
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t FULL JOIN (SELECT 1 AS m) ON n = m WHERE n < 3) SELECT * FROM t",
                     error: "INVALID_RECURSIVE_REFERENCE.PLACE"),
    // One recursive CTE built on another.
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3), u(m) AS (SELECT n * 10 FROM t UNION ALL SELECT m + 1 FROM u WHERE m < 12) SELECT * FROM u",
                     rows: [[.int(10)], [.int(11)], [.int(12)], [.int(20)], [.int(30)]]),
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1) SELECT * FROM t", rows: [[.int(1)]]),
    RecursiveCTECase("WITH RECURSIVE t(a, b) AS (SELECT 1) SELECT * FROM t", error: "ASSIGNMENT_ARITY_MISMATCH"),
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT n + 1 FROM t UNION ALL SELECT 1) SELECT * FROM t", error: "INVALID_RECURSIVE_CTE"),
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3 ORDER BY n) SELECT * FROM t",
                     error: "INVALID_RECURSIVE_CTE"),
    // Without RECURSIVE the CTE cannot see itself.
    RecursiveCTECase("WITH t AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t", error: "TABLE_OR_VIEW_NOT_FOUND"),
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t LIMIT 2 OFFSET 1",
                     rows: [[.int(2)], [.int(3)]]),
    // The row limit fails as soon as it is reached with rows left to recurse on.
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 10) SELECT count(*) FROM t",
                     error: "RECURSION_ROW_LIMIT_EXCEEDED", conf: ["spark.sql.cteRecursionRowLimit": "10"]),
    RecursiveCTECase("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 9) SELECT count(*) FROM t",
                     rows: [[.int(9)]], conf: ["spark.sql.cteRecursionRowLimit": "10"]),
])
func recursiveCTEMatchesSpark(_ c: RecursiveCTECase) throws {
    let spark = SparkSession(conf: SQLConf(c.conf))
    do {
        let rows = try spark.sql(c.sql).execute().rows
        #expect(c.errorClass == nil, "Spark raised \(c.errorClass ?? "")")
        #expect(rows.map { "\($0)" }.sorted() == c.rows.map { "\($0)" }.sorted())
    } catch let error as SparkError {
        #expect(error.errorClass == c.errorClass, "\(error.message)")
    }
}
