import Testing
@testable import SparkLite

/// A query Spark rejects during analysis and the error class it raises (PySpark 4.3).
struct AnalysisErrorCase: Sendable, CustomStringConvertible {
    let sql: String
    let errorClass: String

    init(_ sql: String, _ errorClass: String) {
        self.sql = sql
        self.errorClass = errorClass
    }

    var description: String { sql }
}

@Test(arguments: [
    AnalysisErrorCase("SELECT dept_id FROM employees WHERE sum(salary) > 100 GROUP BY dept_id", "INVALID_WHERE_CONDITION"),
    AnalysisErrorCase("SELECT dept_id FROM employees WHERE salary > 1 AND max(salary) > 100 AND avg(emp_id) < 3", "INVALID_WHERE_CONDITION"),
    AnalysisErrorCase("SELECT name FROM employees WHERE row_number() OVER (ORDER BY emp_id) = 1", "WINDOW_FUNCTION_NOT_ALLOWED_IN_CLAUSE"),
    AnalysisErrorCase("SELECT dept_id, sum(avg(salary)) FROM employees GROUP BY dept_id", "NESTED_AGGREGATE_FUNCTION"),
    AnalysisErrorCase("SELECT sum(salary + max(emp_id)) FROM employees", "NESTED_AGGREGATE_FUNCTION"),
    AnalysisErrorCase("SELECT dept_id, count(*) FROM employees GROUP BY dept_id HAVING max(min(salary)) > 1", "NESTED_AGGREGATE_FUNCTION"),
    AnalysisErrorCase("SELECT emp_id, ntile(3) OVER (PARTITION BY dept_id) FROM employees", "WINDOW_FUNCTION_FRAME_NOT_ORDERED"),
    AnalysisErrorCase("SELECT emp_id, lag(salary) OVER (PARTITION BY dept_id) FROM employees", "WINDOW_FUNCTION_FRAME_NOT_ORDERED"),
    AnalysisErrorCase("SELECT emp_id, nth_value(salary, 2) OVER (PARTITION BY dept_id) FROM employees", "WINDOW_FUNCTION_FRAME_NOT_ORDERED"),
    AnalysisErrorCase("SELECT emp_id, sum(DISTINCT salary) OVER (PARTITION BY dept_id ORDER BY emp_id) FROM employees",
                      "DISTINCT_WINDOW_FUNCTION_UNSUPPORTED"),
    AnalysisErrorCase("SELECT count(*) OVER (PARTITION BY dept_id ORDER BY name RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM employees",
                      "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE"),
    AnalysisErrorCase("SELECT count(*) OVER (PARTITION BY dept_id ORDER BY name, emp_id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM employees",
                      "DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER"),
])
func analysisRejectsLikeSpark(_ c: AnalysisErrorCase) throws {
    let spark = try SQLTwinFixture.session()
    do {
        _ = try SQLTwinFixture.sql(spark, c.sql).collect()
        Issue.record("no error")
    } catch let error as SparkError {
        #expect(error.errorClass == c.errorClass, "\(error.message)")
    }
}

@Test func windowFrameNotOrderedNamesTheFunctionAsSparkDoes() throws {
    let spark = try SQLTwinFixture.session()
    do {
        _ = try SQLTwinFixture.sql(spark, "SELECT emp_id, RANK() OVER (PARTITION BY dept_id) FROM employees").collect()
        Issue.record("no error")
    } catch let error as SparkError {
        #expect(error.message.hasPrefix("Window function rank requires the window to be ordered. You need to add an ORDER BY clause. For example: SELECT RANK() OVER"))
    }
}

/// A range frame without value boundaries orders by any type.
@Test func rangeFrameWithoutValueBoundariesOrdersByAString() throws {
    let spark = try SQLTwinFixture.session()
    let counts = try SQLTwinFixture.sql(spark, "SELECT count(*) OVER (ORDER BY name RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS n FROM employees ORDER BY n").collect()
    #expect(counts.map { $0[0] } == [.int(1), .int(2), .int(3), .int(4)])
}
