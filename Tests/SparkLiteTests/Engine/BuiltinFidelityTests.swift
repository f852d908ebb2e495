import Testing
@testable import SparkLite

// Column names, values and types come from PySpark 4.3 (`spark.sql(...)`, ANSI on, local[2]).
struct BuiltinFidelityTests {
    struct Query: CustomTestStringConvertible, Sendable {
        let sql: String
        let columns: [String]
        let row: [Value]
        var testDescription: String { sql }
        init(_ sql: String, _ columns: [String], _ row: [Value]) {
            self.sql = sql
            self.columns = columns
            self.row = row
        }
    }

    static let queries: [Query] = [
        Query("SELECT width_bucket(-1, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(7, 10, 0, 5), width_bucket(5, 0, 10, 0), width_bucket(0, 10, 0, 5), width_bucket(10, 10, 0, 5), width_bucket(3, 5, 5, 2)",
              ["width_bucket(-1, 0, 10, 5)", "width_bucket(10, 0, 10, 5)", "width_bucket(7, 10, 0, 5)", "width_bucket(5, 0, 10, 0)",
               "width_bucket(0, 10, 0, 5)", "width_bucket(10, 10, 0, 5)", "width_bucket(3, 5, 5, 2)"],
              [0, 6, 2, .null, 6, 1, .null]),
        Query("SELECT unhex('F'), unhex('GG'), unhex('abc')", ["unhex(F)", "unhex(GG)", "unhex(abc)"],
              [.binary([0x0F]), .null, .binary([0x0A, 0xBC])]),
        Query("SELECT str_to_map('a=1&b', '&', '='), str_to_map(''), str_to_map('a1b2', '[0-9]', 'z')",
              ["str_to_map(a=1&b, &, =)", "str_to_map(, ,, :)", "str_to_map(a1b2, [0-9], z)"],
              [.map([MapEntry("a", "1"), MapEntry("b", .null)]), .map([MapEntry("", .null)]),
               .map([MapEntry("a", .null), MapEntry("b", .null), MapEntry("", .null)])]),
        Query("SELECT mask('AbCd-123', 'Q', NULL, 'D', '*'), mask('AbCd-123')",
              ["mask(AbCd-123, Q, NULL, D, *)", "mask(AbCd-123, X, x, n, NULL)"], ["QbQd*DDD", "XxXx-nnn"]),
        Query("SELECT 5 & 3L, ~CAST(5 AS BIGINT), CAST(6 AS TINYINT) ^ CAST(3 AS TINYINT), 5 & '3', 5 | 3",
              ["(5 & 3)", "~CAST(5 AS BIGINT)", "(CAST(6 AS TINYINT) ^ CAST(3 AS TINYINT))", "(5 & 3)", "(5 | 3)"], [1, -6, 5, 1, 7]),
        Query("SELECT 'a_b' LIKE 'a!_b' ESCAPE '!', 'ab' LIKE 'a%', 'AB' ILIKE 'a%', 2 BETWEEN 1 AND 3, 2 NOT BETWEEN 1 AND 3",
              ["a_b LIKE a!_b ESCAPE '!'", "ab LIKE a%", "ilike(AB, a%)", "between(2, 1, 3)", "(NOT between(2, 1, 3))"],
              [true, true, true, true, false]),
        Query("SELECT if(1 > 2, 'a', 'b'), positive(3), trim(BOTH 'x' FROM 'xxaxx'), trim('x' FROM 'xxa'), ltrim('xy', 'xyab'), rtrim('ab  ')",
              ["(IF((1 > 2), a, b))", "(+ 3)", "TRIM(BOTH x FROM xxaxx)", "TRIM(BOTH x FROM xxa)", "TRIM(LEADING xy FROM xyab)", "rtrim(ab  )"],
              ["b", 3, "a", "a", "ab", "ab"]),
        Query("SELECT overlay('Spark SQL' PLACING 'ANSI' FROM 7), overlay('Spark SQL' PLACING '_' FROM 6 FOR 1), overlay('abc', 'x', 2)",
              ["overlay(Spark SQL, ANSI, 7, -1)", "overlay(Spark SQL, _, 6, 1)", "overlay(abc, x, 2, -1)"], ["Spark ANSI", "Spark_SQL", "axc"]),
        // Ties go to the first value in the order of Spark's hash table, or to the smallest with mode(x, true).
        Query("SELECT mode(x), mode(s), mode(x, true), mode(s, true) FROM VALUES (1, 'q'), (2, 'b'), (3, 'z'), (3, 'b'), (2, 'z'), (7, 'q'), (NULL, NULL) AS t(x, s)",
              ["mode(x)", "mode(s)", "mode() WITHIN GROUP (ORDER BY x DESC)", "mode() WITHIN GROUP (ORDER BY s DESC)"], [3, "q", 2, "b"]),
        // sum, avg and stddev read a string column as DOUBLE; the name keeps the column as written.
        Query("SELECT avg(s), sum(s), stddev(s) FROM VALUES ('1'), ('3') AS t(s)", ["avg(s)", "sum(s)", "stddev(s)"],
              [2.0, 4.0, .double(2.0.squareRoot())]),
    ]

    static let failures: [(sql: String, errorClass: String)] = [
        ("SELECT 5 % 0", "REMAINDER_BY_ZERO"),
        ("SELECT 5.0 % 0", "REMAINDER_BY_ZERO"),
        ("SELECT 2.5D % 0", "REMAINDER_BY_ZERO"),
        ("SELECT 5 / 0", "DIVIDE_BY_ZERO"),
        ("SELECT printf('%d', 1.5)", "IllegalArgumentException"),
        ("SELECT printf('%.3f', 3.14159)", "IllegalArgumentException"),
        ("SELECT avg(s) FROM VALUES ('1'), ('x') AS t(s)", "CAST_INVALID_INPUT"),
    ]

    @Test(arguments: failures)
    func failsLikeSpark(_ f: (sql: String, errorClass: String)) {
        do {
            let rows = try SparkSession().sql(f.sql).execute().rows
            Issue.record("\(f.sql) returned \(rows)")
        } catch let error as SparkError {
            #expect(error.errorClass == f.errorClass, "\(f.sql): \(error)")
        } catch {
            Issue.record("\(f.sql): unexpected \(error)")
        }
    }

    @Test(arguments: queries)
    func matchesSpark(_ q: Query) throws {
        let df = try SparkSession().sql(q.sql)
        #expect(df.columns == q.columns)
        #expect(try df.execute().rows == [q.row])
    }

    /// A replaced call (`between`, `if`, `positive`) is named by the call but planned as what it computes.
    @Test func replacedCallsLeaveThePlan() throws {
        let plan = try SparkSession().sql("SELECT id BETWEEN 1 AND 3, if(id > 1, 'a', 'b'), positive(id) FROM range(3)").explain()
            .replacing(/#[0-9]+/, with: "#x")
        #expect(plan.contains("((id#xL >= 1) AND (id#xL <= 3)) AS between(id, 1, 3)#x"), "\(plan)")
        #expect(plan.contains(" id#xL AS (+ id)#x"), "\(plan)")
    }

    /// `spark_partition_id()` reads the partition a row is computed in.
    @Test func sparkPartitionIdCountsRowsPerPartition() throws {
        let spark = SparkSession()
        let df = try makeUsers(spark).repartition(3).select(functions.call("spark_partition_id", []))
        #expect(df.columns == ["SPARK_PARTITION_ID()"])
        let ids = try df.execute().rows.map { $0[0] }
        #expect(ids.count == 5)
        #expect(Set(ids).isSubset(of: [0, 1, 2]))
        #expect(Set(ids).count > 1)
    }
}
