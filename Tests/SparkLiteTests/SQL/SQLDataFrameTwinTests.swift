import Foundation
import Testing
@testable import SparkLite

/// Pairs of a SQL query and its DataFrame twin: both must give the same optimized logical plan, the same
/// physical plan and the same shuffle count, as they do in Spark.
enum SQLTwinFixture {
    static func session() throws -> SparkSession {
        let spark = SparkSession()
        let employees = try spark.createDataFrame([
            [.int(1), .string("Amit"), .int(10), .int(9000)],
            [.int(2), .string("Bea"), .int(10), .int(7000)],
            [.int(3), .string("Chen"), .int(20), .int(8500)],
            [.int(4), .string("Dana"), .null, .int(4000)],
        ], schema: "emp_id INT, name STRING, dept_id INT, salary INT", tableName: "employees")
        employees.createOrReplaceTempView("employees")
        let departments = try spark.createDataFrame([
            [.int(10), .string("Engineering")], [.int(20), .string("Sales")],
        ], schema: "dept_id INT, dept_name STRING", tableName: "departments")
        departments.createOrReplaceTempView("departments")
        return spark
    }

    /// Plan text with expression ids masked: `salary#12` and `salary#13` are the same column in two plans.
    static func masked(_ text: String) -> String {
        text.replacingOccurrences(of: #"#\d+"#, with: "#x", options: .regularExpression)
            .replacingOccurrences(of: #"plan_id=\d+"#, with: "plan_id=x", options: .regularExpression)
    }

    static func sql(_ spark: SparkSession, _ text: String) throws -> DataFrame {
        try DataFrame(session: spark, unresolved: parseSQLQuery(text))
    }
}

typealias F = functions

struct SQLTwin: Sendable, CustomStringConvertible {
    let sql: String
    let dataFrame: @Sendable (SparkSession) throws -> DataFrame
    var description: String { sql }
}

let sqlTwins: [SQLTwin] = [
    SQLTwin(sql: "SELECT name FROM employees WHERE salary > 8000") { spark in
        try spark.table("employees").filter(F.col("salary") > F.lit(.int(8000))).select(F.col("name"))
    },
    SQLTwin(sql: "SELECT dept_id, sum(salary) AS total FROM employees GROUP BY dept_id") { spark in
        try spark.table("employees").groupBy(F.col("dept_id")).agg(F.sum(F.col("salary")).alias("total"))
    },
    SQLTwin(sql: "SELECT e.name, d.dept_name FROM employees e JOIN departments d ON e.dept_id = d.dept_id") { spark in
        try spark.table("employees").alias("e")
            .join(try spark.table("departments").alias("d"), on: F.col("e.dept_id") == F.col("d.dept_id"))
            .select(F.col("e.name"), F.col("d.dept_name"))
    },
    SQLTwin(sql: "SELECT name, rank() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS r FROM employees") { spark in
        let w = WindowSpec.partitionBy(F.col("dept_id")).orderBy(F.col("salary").desc())
        return try spark.table("employees").select(F.col("name"), F.rank().over(w).alias("r"))
    },
    SQLTwin(sql: "SELECT dept_id, count(*) AS n FROM employees GROUP BY dept_id ORDER BY n DESC LIMIT 1") { spark in
        try spark.table("employees").groupBy(F.col("dept_id")).agg(F.count(F.lit(.int(1))).alias("n"))
            .orderBy(F.col("n").desc()).limit(1)
    },
    SQLTwin(sql: "SELECT DISTINCT dept_id FROM employees") { spark in
        try spark.table("employees").select(F.col("dept_id")).distinct()
    },
    SQLTwin(sql: "SELECT dept_id, avg(salary) AS a FROM employees GROUP BY dept_id HAVING avg(salary) > 5000") { spark in
        try spark.table("employees").groupBy(F.col("dept_id")).agg(F.avg(F.col("salary")).alias("a"))
            .filter(F.col("a") > F.lit(.int(5000)))
    },
    SQLTwin(sql: "SELECT e.* FROM employees e LEFT ANTI JOIN departments d ON e.dept_id = d.dept_id") { spark in
        try spark.table("employees").alias("e")
            .join(try spark.table("departments").alias("d"), on: F.col("e.dept_id") == F.col("d.dept_id"), how: "left_anti")
            .select(F.col("e.*"))
    },
    SQLTwin(sql: "WITH rich AS (SELECT * FROM employees WHERE salary > 7000) SELECT name FROM rich") { spark in
        try spark.table("employees").filter(F.col("salary") > F.lit(.int(7000))).select(F.col("name"))
    },
    SQLTwin(sql: "SELECT name FROM employees UNION ALL SELECT dept_name FROM departments") { spark in
        try spark.table("employees").select(F.col("name")).union(try spark.table("departments").select(F.col("dept_name")))
    },
    // Aliased as the table, the derived table's columns keep the qualifier the DataFrame's columns have, which
    // pivot's column names show (`__pivot_sum(employees.salary)`); unaliased, Spark qualifies them by
    // `__auto_generated_subquery_name`.
    SQLTwin(sql: "SELECT * FROM (SELECT name, dept_id, salary FROM employees) AS employees PIVOT (sum(salary) FOR dept_id IN (10, 20))") { spark in
        try spark.table("employees").select(F.col("name"), F.col("dept_id"), F.col("salary")).groupBy(F.col("name"))
            .pivot(F.col("dept_id"), values: [F.lit(.int(10)), F.lit(.int(20))]).agg(F.sum(F.col("salary")))
    },
    SQLTwin(sql: "SELECT e.name, d.dept_name FROM employees e, departments d WHERE e.dept_id = d.dept_id") { spark in
        try spark.table("employees").alias("e")
            .join(try spark.table("departments").alias("d"), on: F.col("e.dept_id") == F.col("d.dept_id"), how: "inner")
            .select(F.col("e.name"), F.col("d.dept_name"))
    },
]

@Test(arguments: sqlTwins)
func sqlAndDataFrameTwinsPlanAlike(_ twin: SQLTwin) throws {
    let spark = try SQLTwinFixture.session()
    let fromSQL = try SQLTwinFixture.sql(spark, twin.sql)
    let fromAPI = try twin.dataFrame(spark)
    let sqlExecution = fromSQL.queryExecution, apiExecution = fromAPI.queryExecution
    #expect(SQLTwinFixture.masked(ExplainFormatter.logicalTree(sqlExecution.optimized))
            == SQLTwinFixture.masked(ExplainFormatter.logicalTree(apiExecution.optimized)))
    let sqlPhysical = try sqlExecution.physicalPlan(), apiPhysical = try apiExecution.physicalPlan()
    #expect(SQLTwinFixture.masked(ExplainFormatter.physicalTree(sqlPhysical, adaptive: true))
            == SQLTwinFixture.masked(ExplainFormatter.physicalTree(apiPhysical, adaptive: true)))
    #expect(QueryExecution.shuffleCount(sqlPhysical) == QueryExecution.shuffleCount(apiPhysical))
    #expect(try fromSQL.collect().count == fromAPI.collect().count)
}
