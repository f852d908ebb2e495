import Testing
@testable import SparkLite

/// GROUP BY ALL, lateral column aliases and QUALIFY over the corpus's `salaries` table, with the rows and
/// shuffle counts PySpark 4.3 returned.
@Test(arguments: [
    SalariesQueryCase(sql: "SELECT count(*) AS n FROM salaries GROUP BY ALL", rows: [[12]].map(values), shuffles: 1),
    SalariesQueryCase(sql: "SELECT dept, max(salary) - min(salary) AS spread FROM salaries GROUP BY ALL",
                      rows: [["eng", 100], ["ops", 15], [nil, 0], ["hr", 0]].map(values), shuffles: 1),
    SalariesQueryCase(sql: "SELECT upper(dept) AS d, count(*) AS n FROM salaries GROUP BY ALL",
                      rows: [["ENG", 5], ["OPS", 4], ["HR", 2], [nil, 1]].map(values), shuffles: 1),
    SalariesQueryCase(sql: "SELECT id, salary + 1 AS s1, s1 * 2 AS s2 FROM salaries WHERE id < 3",
                      rows: [[1, 101, 202], [2, 201, 402]].map(values), shuffles: 0),
    // A column of the FROM clause wins over an earlier alias of the same name.
    SalariesQueryCase(sql: "SELECT id AS salary, salary + 1 AS s FROM salaries WHERE id < 3", rows: [[1, 101], [2, 201]].map(values), shuffles: 0),
    SalariesQueryCase(sql: "SELECT id, salary * 2 AS d, d + 1 AS e, e + 1 AS f FROM salaries WHERE id < 3",
                      rows: [[1, 200, 201, 202], [2, 400, 401, 402]].map(values), shuffles: 0),
    SalariesQueryCase(sql: "SELECT dept, name, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r FROM salaries QUALIFY r = 1",
                      rows: [[nil, "j", 110, 1], ["eng", "b", 200, 1], ["eng", "c", 200, 1], ["hr", "i", 120, 1], ["ops", "l", 95, 1]].map(values),
                      shuffles: 1),
])
func selectClauseExtensionMatchesSpark(_ c: SalariesQueryCase) throws {
    try salariesQueryMatchesSpark(c)
}

@Test(arguments: [
    AnalysisErrorCase("SELECT name FROM salaries QUALIFY salary > 100", "QUALIFY_REQUIRES_WINDOW_FUNCTION"),
    AnalysisErrorCase("SELECT dept, count(*) AS n FROM salaries GROUP BY dept QUALIFY rank() OVER (ORDER BY count(*) DESC) = 1", "MISSING_GROUP_BY"),
    AnalysisErrorCase("SELECT id, salary * 2 AS d, sum(d) OVER (PARTITION BY dept) AS t FROM salaries WHERE id < 4",
                      "UNSUPPORTED_FEATURE.LATERAL_COLUMN_ALIAS_IN_WINDOW"),
])
func selectClauseExtensionRejectsLikeSpark(_ c: AnalysisErrorCase) throws {
    let spark = try SalariesFixture.session()
    do {
        _ = try DataFrame(session: spark, unresolved: parseSQLQuery(c.sql)).collect()
        Issue.record("no error")
    } catch let error as SparkError {
        #expect(error.errorClass == c.errorClass, "\(error.message)")
    }
}
