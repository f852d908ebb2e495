import Testing
@testable import SparkLite

/// LATERAL subqueries with the column names and rows (in any order) or the error class real Spark 4.3 gave.
struct LateralJoinCase: Sendable, CustomTestStringConvertible {
    let query: String
    let columns: [String]
    let rows: [[Value]]
    let errorClass: String?
    var testDescription: String { query }

    init(_ query: String, columns: [String] = [], rows: [[Value]] = [], error: String? = nil) {
        self.query = query
        self.columns = columns
        self.rows = rows
        self.errorClass = error
    }

    var sql: String {
        "WITH c(id, name) AS (VALUES (1, 'a'), (2, 'b'), (3, 'c')), "
            + "o(oid, cid, amt) AS (VALUES (10, 1, 5), (11, 1, 7), (12, 2, 3), (13, 2, 9), (14, 2, 1)) " + query
    }
}

@Test(arguments: [
    LateralJoinCase("SELECT c.name, x.oid FROM c CROSS JOIN LATERAL (SELECT oid FROM o WHERE o.cid = c.id ORDER BY amt DESC LIMIT 1) x",
                    columns: ["name", "oid"], rows: [[.string("a"), .int(11)], [.string("b"), .int(13)]]),
    // Without an alias; the columns of both sides in order.
    LateralJoinCase("SELECT * FROM c, LATERAL (SELECT oid, amt FROM o WHERE o.cid = c.id ORDER BY amt LIMIT 2)",
                    columns: ["id", "name", "oid", "amt"],
                    rows: [[.int(1), .string("a"), .int(10), .int(5)], [.int(1), .string("a"), .int(11), .int(7)],
                           [.int(2), .string("b"), .int(12), .int(3)], [.int(2), .string("b"), .int(14), .int(1)]]),
    // The ON condition joins too.
    LateralJoinCase("SELECT c.name, x.oid, x.amt FROM c JOIN LATERAL (SELECT oid, amt FROM o WHERE o.cid = c.id) x ON x.amt > 4",
                    columns: ["name", "oid", "amt"],
                    rows: [[.string("a"), .int(10), .int(5)], [.string("a"), .int(11), .int(7)], [.string("b"), .int(13), .int(9)]]),
    LateralJoinCase("SELECT c.name, x.total FROM c LEFT JOIN LATERAL (SELECT cid, sum(amt) AS total FROM o WHERE o.cid = c.id GROUP BY cid) x ON true",
                    columns: ["name", "total"], rows: [[.string("a"), .int(12)], [.string("b"), .int(13)], [.string("c"), .null]]),
    // An aggregate over all matching rows has a row for every outer row: a count of none is 0.
    LateralJoinCase("SELECT c.name, x.n FROM c, LATERAL (SELECT count(*) AS n FROM o WHERE o.cid = c.id) x",
                    columns: ["name", "n"], rows: [[.string("a"), .int(2)], [.string("b"), .int(3)], [.string("c"), .int(0)]]),
    LateralJoinCase("SELECT c.name, x.tag FROM c, LATERAL (SELECT c.name || '-' || oid AS tag FROM o WHERE o.cid = c.id) x",
                    columns: ["name", "tag"],
                    rows: [[.string("a"), .string("a-10")], [.string("a"), .string("a-11")], [.string("b"), .string("b-12")],
                           [.string("b"), .string("b-13")], [.string("b"), .string("b-14")]]),
    // A correlated condition other than an equality.
    LateralJoinCase("SELECT c.name, x.oid FROM c, LATERAL (SELECT oid FROM o WHERE o.cid = c.id AND o.amt > c.id * 3) x",
                    columns: ["name", "oid"], rows: [[.string("a"), .int(10)], [.string("a"), .int(11)], [.string("b"), .int(13)]]),
    LateralJoinCase("SELECT c.name, x.oid FROM c FULL JOIN LATERAL (SELECT oid FROM o WHERE o.cid = c.id) x ON true",
                    error: "INVALID_LATERAL_JOIN_TYPE"),
    LateralJoinCase("SELECT c.name FROM c LEFT SEMI JOIN LATERAL (SELECT oid FROM o WHERE o.cid = c.id) x ON true",
                    error: "INVALID_LATERAL_JOIN_TYPE"),
    LateralJoinCase("SELECT c.name FROM c LEFT ANTI JOIN LATERAL (SELECT oid FROM o WHERE o.cid = c.id) x ON true",
                    error: "INVALID_LATERAL_JOIN_TYPE"),
    LateralJoinCase("SELECT * FROM c JOIN LATERAL (SELECT oid, cid AS id FROM o WHERE o.cid = c.id) x USING (id)",
                    error: "UNSUPPORTED_FEATURE.LATERAL_JOIN_USING"),
    LateralJoinCase("SELECT * FROM c NATURAL JOIN LATERAL (SELECT oid, cid AS id FROM o WHERE o.cid = c.id) x",
                    error: "INCOMPATIBLE_JOIN_TYPES"),
    // Not correlated at all: every left row with the one aggregate row.
    LateralJoinCase("SELECT c.name, x.m FROM c, LATERAL (SELECT max(amt) AS m FROM o) x",
                    columns: ["name", "m"], rows: [[.string("a"), .int(9)], [.string("b"), .int(9)], [.string("c"), .int(9)]]),
])
func lateralJoinMatchesSpark(_ c: LateralJoinCase) throws {
    do {
        let df = try SparkSession().sql(c.sql)
        let rows = try df.execute().rows
        #expect(c.errorClass == nil, "Spark raised \(c.errorClass ?? "")")
        #expect(df.columns == c.columns)
        #expect(rows.map { "\($0)" }.sorted() == c.rows.map { "\($0)" }.sorted())
    } catch let error as SparkError {
        #expect(error.errorClass == c.errorClass, "\(error.message)")
    }
}
