import PyLite
import SparkLite
import Testing
@testable import PySparkBridge

let usersTable = InputTableData(
    name: "users",
    schema: [StructField("user_id", .int), StructField("name", .string), StructField("country", .string), StructField("salary", .int)],
    rows: [
        [.int(1), .string("Amit"), .string("India"), .int(50000)],
        [.int(2), .string("Bob"), .string("US"), .int(70000)],
        [.int(3), .string("Chen"), .string("India"), .int(65000)],
        [.int(4), .string("Dana"), .string("US"), .int(70000)],
        [.int(5), .string("Eve"), .null, .int(40000)],
    ])

func runSolution(_ source: String, file: String = "solution.py", limits: Limits = Limits(wallClockSeconds: 20)) throws(SolutionError) -> SolutionRun {
    try SolutionRunner(limits: limits).run(source: source, fileName: file, tables: [usersTable])
}

@Test func topSalaryPerCountryWithWindow() throws {
    let run = try runSolution("""
    from pyspark.sql import DataFrame, functions as F
    from pyspark.sql.window import Window

    def solve(users: DataFrame) -> DataFrame:
        w = Window.partitionBy("country").orderBy(F.col("salary").desc())
        return (users
                .withColumn("r", F.dense_rank().over(w))
                .filter("r = 1")
                .drop("r"))
    """)
    #expect(run.columns.map(\.name) == ["user_id", "name", "country", "salary"])
    #expect(Set(run.rows.map { $0[0] }) == [.int(2), .int(3), .int(4), .int(5)])
    #expect(run.shuffles == 1)
}

@Test func groupByAggWithBareImportsAndDict() throws {
    let run = try runSolution("""
    from pyspark.sql.functions import col, sum as _sum, count

    def solve(users, spark):
        totals = users.groupBy("country").agg(_sum("salary").alias("total"), count("*"))
        return totals.join(users.groupBy("country").agg({"salary": "max"}), "country")
    """)
    #expect(run.columns.map(\.name) == ["country", "total", "count(1)", "max(salary)"])
    #expect(run.rows.count == 2)
}

@Test func sparkSQLInsideSolve() throws {
    let run = try runSolution("""
    def solve(spark, users):
        return spark.sql("SELECT country, COUNT(*) AS n FROM users WHERE country IS NOT NULL GROUP BY country ORDER BY n DESC, country")
    """)
    #expect(run.rows == [[.string("India"), .int(2)], [.string("US"), .int(2)]])
}

@Test func sqlSolutionFile() throws {
    let run = try runSolution("SELECT name FROM users WHERE salary > 60000 ORDER BY name", file: "solution.sql")
    #expect(run.rows == [[.string("Bob")], [.string("Chen")], [.string("Dana")]])
}

@Test func pythonUDFRunsPerRow() throws {
    let run = try runSolution("""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    @F.udf(returnType=StringType())
    def band(s):
        return "high" if s >= 60000 else "low"

    def solve(users):
        return users.select("name", band("salary").alias("band"))
    """)
    #expect(run.rows.first == [.string("Amit"), .string("low")])
}

@Test(arguments: [
    ("def solve(users):\n    return users.select('nme')\n", "UNRESOLVED_COLUMN.WITH_SUGGESTION", 2),
    ("def solve(users):\n    x = = 1\n", "SyntaxError", 2),
    ("def solve(users):\n    return userz\n", "NameError", 2),
    ("from pyspark.sql import functions as F\ndef solve(users):\n    return users.select(F.col('salary') / 0)\n", "DIVIDE_BY_ZERO", nil),
    ("import os\ndef solve(users):\n    return users\n", "SANDBOX", 1),
    ("def solve(users):\n    while True:\n        pass\n", "TIME_LIMIT", nil),
] as [(String, String, Int?)])
func userErrorsCarryClassAndLine(source: String, errorClass: String, line: Int?) {
    do {
        _ = try runSolution(source, limits: Limits(wallClockSeconds: 1))
        Issue.record("expected \(errorClass)")
    } catch {
        #expect(error.errorClass == errorClass)
        if let line { #expect(error.line == line) }
    }
}

@Test func columnInIfRaisesPySparksValueError() {
    do {
        _ = try runSolution("""
        from pyspark.sql import functions as F
        def solve(users):
            if F.col("salary") > 1:
                return users
        """)
        Issue.record("expected ValueError")
    } catch {
        // PySparkValueError: its class is the error condition, as PySpark's getCondition() reports it.
        #expect(error.errorClass == "CANNOT_CONVERT_COLUMN_INTO_BOOL")
        #expect(error.message.hasPrefix("Cannot convert column into bool"))
        #expect(error.line == 3)
    }
}

@Test func plainPythonErrorsKeepTheirName() {
    do {
        _ = try runSolution("""
        def solve(users):
            raise ValueError("[not a condition] bad")
        """)
        Issue.record("expected ValueError")
    } catch {
        #expect(error.errorClass == "ValueError")
        #expect(error.message == "[not a condition] bad")
    }
}

@Test func explodingCrossJoinEndsAsMemoryLimit() {
    do {
        _ = try SolutionRunner(limits: Limits(wallClockSeconds: 30), maxRows: 100_000).run(source: """
        def solve(spark):
            a = spark.range(3000)
            return a.crossJoin(a.withColumnRenamed("id", "other"))
        """, fileName: "solution.py", tables: [])
        Issue.record("expected MEMORY_LIMIT")
    } catch {
        #expect(error.kind == .memoryLimit)
        #expect(error.errorClass == "MEMORY_LIMIT")
    }
}

/// A SQL file's analysis error about a name is placed where the name is written (line and 1-based column,
/// as Spark's query context gives them); a division by zero or a string literal's failed cast when the query
/// has only one such operation; other errors carry no position.
@Test(arguments: [
    ("SELECT name,\n  salry\nFROM users", "UNRESOLVED_COLUMN.WITH_SUGGESTION", 2, 3),
    ("SELECT u.name FROM users u WHERE u.salry > 1", "UNRESOLVED_COLUMN.WITH_SUGGESTION", 1, 34),
    ("-- a comment line\nSELECT nme AS name FROM users", "UNRESOLVED_COLUMN.WITH_SUGGESTION", 2, 8),
    ("SELECT name FROM userz", "TABLE_OR_VIEW_NOT_FOUND", 1, 18),
    ("SELECT name, upperr(name) FROM users", "UNRESOLVED_ROUTINE", 1, 14),
    ("SELECT a.name FROM users a JOIN users b ON a.user_id = b.user_id WHERE name = 'x'", "AMBIGUOUS_REFERENCE", 1, 72),
    ("SELECT name,\n  salary / (user_id - user_id) AS r FROM users", "DIVIDE_BY_ZERO", 2, 3),
    ("SELECT salary / (user_id - user_id), salary / 0 FROM users", "DIVIDE_BY_ZERO", nil, nil),
    ("SELECT name, salary % 0 FROM users", "REMAINDER_BY_ZERO", 1, 14),
    ("SELECT CAST('12a' AS INT) AS n", "CAST_INVALID_INPUT", 1, 8),
    ("SELECT name FROM users WHERE salary = 'high'", "CAST_INVALID_INPUT", nil, nil),
] as [(String, String, Int?, Int?)])
func sqlErrorsArePlacedAtTheirName(source: String, errorClass: String, line: Int?, column: Int?) {
    do {
        _ = try runSolution(source, file: "query.sql")
        Issue.record("expected \(errorClass)")
    } catch {
        #expect(error.errorClass == errorClass)
        #expect(error.line == line)
        #expect(error.column == column)
    }
}
