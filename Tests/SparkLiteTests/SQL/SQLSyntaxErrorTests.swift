import Testing
@testable import SparkLite

/// A query with a syntax error and what Apache Spark reports for it.
struct ParseErrorCase: Sendable, CustomStringConvertible {
    let sql: String
    let message: String
    let line: Int
    let position: Int

    init(_ sql: String, _ message: String, line: Int, position: Int) {
        self.sql = sql
        self.message = message
        self.line = line
        self.position = position
    }

    var description: String { sql }
}

/// Messages, lines and positions captured from PySpark 4.3.0 (`spark.sessionState.sqlParser.parsePlan`),
/// `str(ParseException)`: `[PARSE_SYNTAX_ERROR] <message> SQLSTATE: 42601 (line L, pos P)`.
let sparkParseErrors: [ParseErrorCase] = [
    ParseErrorCase("SELEC * FROM t", "Syntax error at or near 'SELEC'.", line: 1, position: 0),
    ParseErrorCase("SELECT a b c FROM t", "Syntax error at or near 'c'.", line: 1, position: 11),
    ParseErrorCase("SELECT (a + 1 FROM t", "Syntax error at or near 'FROM'.", line: 1, position: 14),
    ParseErrorCase("SELECT a + 1) FROM t", "Syntax error at or near ')'.", line: 1, position: 12),
    ParseErrorCase("SELECT a FROM t GROUP a", "Syntax error at or near 'a': extra input 'a'.", line: 1, position: 22),
    ParseErrorCase("SELECT a FROM t ORDER salary", "Syntax error at or near 'salary': extra input 'salary'.", line: 1, position: 22),
    ParseErrorCase("SELECT CASE WHEN a = 1 'x' END FROM t", "Syntax error at or near 'a'.", line: 1, position: 17),
    ParseErrorCase("SELECT CASE WHEN a = 1 THEN 'x' FROM t", "Syntax error at or near 'a'.", line: 1, position: 17),
    ParseErrorCase("SELECT * FROM a LEFT INNER JOIN b ON a.id = b.id", "Syntax error at or near 'INNER'.", line: 1, position: 21),
    ParseErrorCase("SELECT 'abc FROM t", "Syntax error at or near '''.", line: 1, position: 7),
    ParseErrorCase("SELECT a FROM t WHERE a = 'x", "Syntax error at or near '''.", line: 1, position: 26),
    ParseErrorCase("SELECT count(*) FROM t GROUP BY", "Syntax error at or near 'BY': extra input 'BY'.", line: 1, position: 29),
    ParseErrorCase("SELECT a FROM t ORDER BY", "Syntax error at or near 'BY': extra input 'BY'.", line: 1, position: 22),
    ParseErrorCase("SELECT a,, b FROM t", "Syntax error at or near ','.", line: 1, position: 9),
    ParseErrorCase("SELECT a FROM t WHERE a IN (1, 2", "Syntax error at or near end of input: extra input end of input.", line: 1, position: 32),
    ParseErrorCase("SELECT `a FROM t", "Syntax error at or near '`'.", line: 1, position: 7),
    ParseErrorCase("SELECT a FROM t t2 t3", "Syntax error at or near 't3': extra input 't3'.", line: 1, position: 19),
    ParseErrorCase("SELECT a FROM t JOIN u ON", "Syntax error at or near end of input.", line: 1, position: 25),
    ParseErrorCase("SELECT a FROM t WHERE a = 1 AND", "Syntax error at or near 'AND': extra input 'AND'.", line: 1, position: 28),
    ParseErrorCase("SELECT sum(a FROM t", "Syntax error at or near 'FROM': missing ')'.", line: 1, position: 13),
    ParseErrorCase("SELECT", "Syntax error at or near end of input.", line: 1, position: 6),
    ParseErrorCase("SELECT * FROM t\nWHERE a = 1\n  AND b = = 2", "Syntax error at or near '='.", line: 3, position: 10),
    ParseErrorCase("SELECT a FROM t UNION", "Syntax error at or near end of input.", line: 1, position: 21),
    ParseErrorCase("SELECT 1 +", "Syntax error at or near end of input.", line: 1, position: 10),
    ParseErrorCase("SELECT * FROM t ORDER BY a DESC NULLS", "Syntax error at or near 'ORDER'.", line: 1, position: 16),
    ParseErrorCase("WITH x AS SELECT 1 SELECT * FROM x", "Syntax error at or near 'SELECT'.", line: 1, position: 10),
    ParseErrorCase("SELECT a FROM t WHERE b BETWEEN 1", "Syntax error at or near end of input.", line: 1, position: 33),
    ParseErrorCase("SELECT a FROM t; SELECT b FROM u", "Syntax error at or near 'SELECT': extra input 'SELECT'.", line: 1, position: 17),
    ParseErrorCase("SELECT a FROM t WHERE a IN (1", "Syntax error at or near end of input.", line: 1, position: 29),
    ParseErrorCase("SELECT sum(a, b FROM t", "Syntax error at or near 'FROM': missing ')'.", line: 1, position: 16),
    ParseErrorCase("SELECT f(a, b", "Syntax error at or near end of input: missing ')'.", line: 1, position: 13),
    ParseErrorCase("SELECT sum(a", "Syntax error at or near end of input: missing ')'.", line: 1, position: 12),
    ParseErrorCase("SELECT (a + 1", "Syntax error at or near end of input.", line: 1, position: 13),
    ParseErrorCase("SELECT a FROM t WHERE a = 1 OR", "Syntax error at or near 'OR': extra input 'OR'.", line: 1, position: 28),
    ParseErrorCase("SELECT a FROM t WHERE (a = 1", "Syntax error at or near end of input.", line: 1, position: 28),
    ParseErrorCase("SELECT concat(a, b) c d FROM t", "Syntax error at or near 'd'.", line: 1, position: 22),
    ParseErrorCase("SELECT a FROM t JOIN u ON t.id = u.id WHERE", "Syntax error at or near end of input.", line: 1, position: 43),
    ParseErrorCase("SELECT a FROM t INNER JOIN", "Syntax error at or near end of input.", line: 1, position: 26),
    ParseErrorCase("SELECT * FROM t WHERE name = \"x", "Syntax error at or near '\"'.", line: 1, position: 29),
    ParseErrorCase("SELECT a FROM t WHERE a > 1 GROUP BY a ORDER a", "Syntax error at or near 'ORDER'.", line: 1, position: 39),
    ParseErrorCase("SELECT a FROM t ORDER BY a LIMIT", "Syntax error at or near 'LIMIT': extra input 'LIMIT'.", line: 1, position: 27),
    ParseErrorCase("SELECT a FROM t WHERE a LIKE", "Syntax error at or near 'LIKE': extra input 'LIKE'.", line: 1, position: 24),
    ParseErrorCase("SELECT max(salary) FROM t WHERE salary < (SELECT max(salary) FROM t", "Syntax error at or near end of input: missing ')'.", line: 1, position: 67),
    ParseErrorCase("SELECT a FROM t WHERE a BETWEEN 1 AND", "Syntax error at or near end of input.", line: 1, position: 37),
    ParseErrorCase("SELECT a, RANK() OVER (PARTITION BY b ORDER BY c FROM t", "Syntax error at or near 'FROM'.", line: 1, position: 49),
    ParseErrorCase("SELECT a, RANK() OVER PARTITION BY b FROM t", "Syntax error at or near 'b'.", line: 1, position: 35),
    ParseErrorCase("SELECT CAST(a AS) FROM t", "Syntax error at or near ')'.", line: 1, position: 16),
    ParseErrorCase("SELECT CAST(a int) FROM t", "Syntax error at or near 'int': extra input 'int'.", line: 1, position: 14),
    ParseErrorCase("WITH x AS (SELECT 1) SELECT * FROM x y z", "Syntax error at or near 'z': extra input 'z'.", line: 1, position: 39),
    ParseErrorCase("SELECT * FROM t1 JOIN t2 USING id", "Syntax error at or near 'id': missing '('.", line: 1, position: 31),
    ParseErrorCase("SELECT a FROM t HAVING count(*) > 1 GROUP BY a", "Syntax error at or near 'GROUP'.", line: 1, position: 36),
    ParseErrorCase("SELECT a FROM t WHERE a = 1 WHERE b = 2", "Syntax error at or near 'WHERE'.", line: 1, position: 28),
    ParseErrorCase("SELECT a FROM t WHERE a = 1)", "Syntax error at or near ')': extra input ')'.", line: 1, position: 27),
    ParseErrorCase("SELECT a FROM t ORDER BY a DESC,", "Syntax error at or near 'ORDER'.", line: 1, position: 16),
    ParseErrorCase("SELECT name, salary FROM employees ORDER BY salary DESC LIMIT 1 OFFSET", "Syntax error at or near 'OFFSET': extra input 'OFFSET'.", line: 1, position: 64),
    ParseErrorCase("SELECT a FROM t WHERE x NOT IN (SELECT y FROM u", "Syntax error at or near end of input: missing ')'.", line: 1, position: 47),
    ParseErrorCase("SELECT CASE WHEN a THEN 1 ELSE 2 FROM t", "Syntax error at or near 'a'.", line: 1, position: 17),
    ParseErrorCase("SELECT a FROM t LIMIT 5 10", "Syntax error at or near '10': extra input '10'.", line: 1, position: 24),
    ParseErrorCase("SELECT * FROM t WHERE a =", "Syntax error at or near end of input.", line: 1, position: 25),
    ParseErrorCase("SELECT @a FROM t", "Syntax error at or near '@'.", line: 1, position: 7),
    ParseErrorCase("SELECT a FROM t WHERE a = 'it's'", "Syntax error at or near 's'.", line: 1, position: 30),
    ParseErrorCase("SELECT * FROM t WHRE a = 1", "Syntax error at or near 'a'.", line: 1, position: 21),
    ParseErrorCase("SELECT * FRM t", "Syntax error at or near 't': extra input 't'.", line: 1, position: 13),
    ParseErrorCase("SELECT a FROM t GROUPBY a", "Syntax error at or near 'a': extra input 'a'.", line: 1, position: 24),
    ParseErrorCase("SELECT a FROM t ORDERBY a", "Syntax error at or near 'a': extra input 'a'.", line: 1, position: 24),
    ParseErrorCase("SELECT a FROM t WHERE a = 1 GROUP BY", "Syntax error at or near end of input.", line: 1, position: 36),
    ParseErrorCase("SELECT count(* FROM t", "Syntax error at or near 'FROM'.", line: 1, position: 15),
    ParseErrorCase("SELECT a FROM t JOIN u ON t.id = u.id JOIN", "Syntax error at or near end of input.", line: 1, position: 42),
    ParseErrorCase("SELECT a FROM t LEFT OUTER u ON t.id = u.id", "Syntax error at or near 'u'.", line: 1, position: 27),
    ParseErrorCase("SELECT a FROM t WHERE a IS NULL OR", "Syntax error at or near 'OR': extra input 'OR'.", line: 1, position: 32),
    ParseErrorCase("SELECT a, sum(b) OVER (PARTITION BY a ORDER BY) FROM t", "Syntax error at or near ')'.", line: 1, position: 46),
    ParseErrorCase("SELECT a FROM t WHERE a IN SELECT b FROM u", "Syntax error at or near 'IN'.", line: 1, position: 24),
    ParseErrorCase("SELECT a FROM t WHERE EXISTS SELECT 1", "Syntax error at or near 'SELECT'.", line: 1, position: 29),
    ParseErrorCase("WITH x AS (SELECT 1), SELECT * FROM x", "Syntax error at or near '*'.", line: 1, position: 29),
    ParseErrorCase("SELECT a FROM t UNION SELECT", "Syntax error at or near end of input.", line: 1, position: 28),
    ParseErrorCase("SELECT CASE a END FROM t", "Syntax error at or near 'END'.", line: 1, position: 14),
    ParseErrorCase("SELECT a FROM t WHERE a BETWEEN AND 5", "Syntax error at or near '5': missing 'AND'.", line: 1, position: 36),
    ParseErrorCase("SELECT a FROM t ORDER BY a ASC DESC", "Syntax error at or near 'DESC': extra input 'DESC'.", line: 1, position: 31),
    ParseErrorCase("SELECT a FROM t LIMIT 10 OFFSET", "Syntax error at or near 'OFFSET': extra input 'OFFSET'.", line: 1, position: 25),
    ParseErrorCase("SELECT a FROM (SELECT a FROM t", "Syntax error at or near end of input: missing ')'.", line: 1, position: 30),
    ParseErrorCase("SELECT a FROM t WHERE a NOT NULL", "Syntax error at or near 'NOT'.", line: 1, position: 24),
    ParseErrorCase("SELECT a FROM t WHERE a IS NOT", "Syntax error at or near end of input.", line: 1, position: 30),
    ParseErrorCase("SELECT a FROM t GROUP BY a ORDER BY COUNT(*) DESC LIMIT", "Syntax error at or near 'LIMIT': extra input 'LIMIT'.", line: 1, position: 50),
    ParseErrorCase("SELECT a FROM t WHERE a > 1 AND OR b < 2", "Syntax error at or near 'b'.", line: 1, position: 35),
    ParseErrorCase("SELECT a FROM t WHERE a LIKE '%x", "Syntax error at or near 'LIKE'.", line: 1, position: 24),
    ParseErrorCase("SELECT a b, c d e FROM t", "Syntax error at or near 'e'.", line: 1, position: 16),
    ParseErrorCase("SELECT a FROM t WHERE (a = 1))", "Syntax error at or near ')': extra input ')'.", line: 1, position: 29),
    ParseErrorCase("SELECT a FROM t WHERE a = 1 ORDER a DESC", "Syntax error at or near 'ORDER'.", line: 1, position: 28),
    ParseErrorCase("SELECT a FROM t ORDER BY a LIMT 5", "Syntax error at or near 'LIMT'.", line: 1, position: 27),
    ParseErrorCase("SELECT * FROM t1 JOIN t2 ON t1.a = t2.a JOIN t3 t1.b = t3.b", "Syntax error at or near '.'.", line: 1, position: 50),
    ParseErrorCase("SELECT * FROM t WHERE a = 1 AND b = 2 OR", "Syntax error at or near 'OR': extra input 'OR'.", line: 1, position: 38),
    ParseErrorCase("select * from employees where salary >= 5000 and", "Syntax error at or near 'and': extra input 'and'.", line: 1, position: 45),
    ParseErrorCase("SELECT name, RANK() OVER (ORDER BY salary DESC FROM employees", "Syntax error at or near 'FROM'.", line: 1, position: 47),
    ParseErrorCase("SELECT dept, COUNT(*) FROM employees GROUP BY dept HAVING COUNT(*) > ", "Syntax error at or near end of input.", line: 1, position: 69),
    ParseErrorCase("SELECT * FROM employees e INNER JOIN departments d e.dept_id = d.dept_id", "Syntax error at or near 'e'.", line: 1, position: 51),
    ParseErrorCase("SELECT CAST(a int) FROM t", "Syntax error at or near 'int': extra input 'int'.", line: 1, position: 14),
    ParseErrorCase("SELECT CAST(a foo) FROM t", "Syntax error at or near 'foo': extra input 'foo'.", line: 1, position: 14),
    ParseErrorCase("SELECT CAST(a AS int FROM t", "Syntax error at or near 'FROM'.", line: 1, position: 21),
    ParseErrorCase("SELECT CAST(a AS decimal(10,2) FROM t", "Syntax error at or near 'FROM': missing ')'.", line: 1, position: 31),
]

@Test(arguments: sparkParseErrors)
func syntaxErrorMatchesSpark(_ c: ParseErrorCase) {
    #expect(throws: SparkError.self) { try parseSQLStatement(c.sql) }
    do {
        _ = try parseSQLStatement(c.sql)
    } catch {
        #expect(error.errorClass == "PARSE_SYNTAX_ERROR")
        #expect(error.message == c.message)
        #expect(error.sqlState == "42601")
        #expect(error.sqlLine == c.line)
        #expect(error.sqlPosition == c.position)
    }
}

@Test func syntaxErrorContextHasSparkCaretBlock() throws {
    let single = #"SELECT * FORM t"#
    do {
        _ = try parseSQLStatement(single)
        Issue.record("expected an error")
    } catch {
        #expect(error.message == "Syntax error at or near 't': extra input 't'.")
        #expect(error.context == "== SQL ==\nSELECT * FORM t\n--------------^^^\n")
        #expect(error.description == "[PARSE_SYNTAX_ERROR] Syntax error at or near 't': extra input 't'. SQLSTATE: 42601 (line 1, pos 14)\n\n== SQL ==\nSELECT * FORM t\n--------------^^^\n")
    }
    do {
        _ = try parseSQLStatement("SELECT *\nFROM t\nWHERE a = = 1\nORDER BY a")
        Issue.record("expected an error")
    } catch {
        #expect(error.sqlLine == 3)
        #expect(error.sqlPosition == 10)
        #expect(error.context == "== SQL ==\nSELECT *\nFROM t\nWHERE a = = 1\n----------^^^\nORDER BY a\n")
    }
}

/// Spark reads keywords as names wherever its grammar allows, so these typos are not syntax errors
/// (the analyzer reports them instead): `SELECT * FROM t WHERE` aliases `t` as `WHERE`.
@Test(arguments: [
    ("SELECT a, FROM t", "Project ['a, 'FROM AS t]\n  OneRowRelation"),
    ("SELECT FROM t", "Project ['FROM AS t]\n  OneRowRelation"),
    ("SELECT a FROM", "Project ['a AS FROM]\n  OneRowRelation"),
    ("SELECT * FROM t WHERE", "Project [*]\n  SubqueryAlias WHERE\n    UnresolvedRelation [t]"),
    ("SELECT a FROM t LIMIT", "Project ['a]\n  SubqueryAlias LIMIT\n    UnresolvedRelation [t]"),
    ("SELECT a AS FROM t", "Project ['a AS AS]\n  UnresolvedRelation [t]"),
    ("SELECT a FROM t WHERE a == 1", "Project ['a]\n  Filter ('a = 1)\n    UnresolvedRelation [t]"),
    ("SELECT * FROM a OUTER JOIN b ON a.id = b.id",
     "Project [*]\n  Join Inner, ('a.id = 'b.id)\n    SubqueryAlias OUTER\n      UnresolvedRelation [a]\n    UnresolvedRelation [b]"),
    ("SELECT a FROM t JOIN u", "Project ['a]\n  Join Inner\n    UnresolvedRelation [t]\n    UnresolvedRelation [u]"),
    ("SELECT a FROM t;;", "Project ['a]\n  UnresolvedRelation [t]"),
    ("SELECT case FROM t WHERE case = 1", "Project ['case]\n  Filter ('case = 1)\n    UnresolvedRelation [t]"),
    ("SELECT a desc, b nulls, c over, d window, e is, f lateral FROM t",
     "Project ['a AS desc, 'b AS nulls, 'c AS over, 'd AS window, 'e AS is, 'f AS lateral]\n  UnresolvedRelation [t]"),
    ("SELECT CAST(a) FROM t", "Project ['cast('a)]\n  UnresolvedRelation [t]"),
    ("SELECT a div FROM t", "Project [('a div 'FROM) AS t]\n  OneRowRelation"),
    ("SELECT * FROM t x1, u cluster", "Project [*]\n  Join Inner\n    SubqueryAlias x1\n      UnresolvedRelation [t]\n    SubqueryAlias cluster\n      UnresolvedRelation [u]"),
])
func keywordsReadAsNamesLikeSpark(sql: String, expected: String) throws {
    #expect(PlanPrinter.render(try parseSQLQuery(sql)) == expected)
}

@Test func unclosedCommentIsReported() {
    do {
        _ = try parseSQLStatement("SELECT * FROM t /* unclosed")
        Issue.record("expected an error")
    } catch {
        #expect(error.errorClass == "UNCLOSED_BRACKETED_COMMENT")
        #expect(error.message == "Found an unclosed bracketed comment. Please, append */ at the end of the comment.")
        #expect(error.sqlState == "42601")
        #expect(error.context == "== SQL ==\nSELECT * FROM t /* unclosed")
    }
}

/// Typed literals with bad values: `[INVALID_TYPED_LITERAL]` with Spark's fragment context.
@Test(arguments: [
    ("SELECT DATE 'x'", "DATE", "'x'", "== SQL (line 1, position 8) ==\nSELECT DATE 'x'\n       ^^^^^^^^\n"),
    ("SELECT TIMESTAMP '2020-13-45'", "TIMESTAMP", "'2020-13-45'",
     "== SQL (line 1, position 8) ==\nSELECT TIMESTAMP '2020-13-45'\n       ^^^^^^^^^^^^^^^^^^^^^^\n"),
    ("SELECT INTERVAL '1' FOO", "INTERVAL", "'1'", "== SQL (line 1, position 8) ==\nSELECT INTERVAL '1' FOO\n       ^^^^^^^^^^^^\n"),
])
func invalidTypedLiteral(sql: String, type: String, value: String, context: String) {
    do {
        _ = try parseSQLStatement(sql)
        Issue.record("expected an error")
    } catch {
        #expect(error.errorClass == "INVALID_TYPED_LITERAL")
        #expect(error.message == "The value of the typed literal \"\(type)\" is invalid: \(value).")
        #expect(error.sqlState == "42604")
        #expect(error.sqlLine == 1)
        #expect(error.sqlPosition == 7)
        #expect(error.context == context)
    }
}

@Test func undefinedWindowIsReportedAfterParsing() {
    do {
        _ = try parseSQLQuery("SELECT rank() OVER w FROM t")
        Issue.record("expected an error")
    } catch {
        #expect(error.errorClass == "MISSING_WINDOW_SPECIFICATION")
    }
}

@Test func nonQueryStatementIsNotAQuery() {
    #expect(throws: SparkError.self) { try parseSQLQuery("SHOW TABLES") }
}

@Test func emptyInListIsSparksError() {
    do {
        _ = try parseSQLQuery("SELECT a FROM t WHERE a IN ()")
        Issue.record("parsed")
    } catch {
        #expect(error.errorClass == "INVALID_SQL_SYNTAX.EMPTY_IN_PREDICATE")
        #expect(error.sqlState == "42000")
        #expect(error.context == "== SQL (line 1, position 25) ==\nSELECT a FROM t WHERE a IN ()\n                        ^^^^^\n")
    }
}

@Test func limitTakesConstantArithmetic() throws {
    #expect(PlanPrinter.render(try parseSQLQuery("SELECT a FROM t LIMIT 2 + 3")) == "Limit 5\n  Project ['a]\n    UnresolvedRelation [t]")
}

/// Spark's text for `LIMIT -1` and `OFFSET -2` (PySpark 4.3), with the position of the expression.
@Test(arguments: [
    ("SELECT 1 LIMIT -1", "The limit like expression \"-1\" is invalid. The limit expression must be equal to or greater than 0, but got -1.", 15),
    ("SELECT 1 OFFSET -2", "The limit like expression \"-2\" is invalid. The offset expression must be equal to or greater than 0, but got -2.", 16),
])
func negativeLimitIsSparksError(sql: String, message: String, position: Int) {
    do {
        _ = try parseSQLQuery(sql)
        Issue.record("parsed")
    } catch {
        #expect(error.errorClass == "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE")
        #expect(error.message == message)
        #expect(error.sqlPosition == position)
    }
}
