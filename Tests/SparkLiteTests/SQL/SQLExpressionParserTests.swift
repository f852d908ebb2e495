import Testing
@testable import SparkLite

/// `F.expr`, `df.filter("…")` and `selectExpr("…")` go through `parseSQLExpression`.
@Test(arguments: [
    ("salary > 100", "('salary > 100)"),
    ("a + 1 as b", "('a + 1) AS b"),
    ("a + 1 b", "('a + 1) AS b"),
    ("count(*)", "'count(*)"),
    ("upper(name) AS `Upper Name`", "'upper('name) AS Upper Name"),
    ("dense_rank() OVER (PARTITION BY dept ORDER BY salary DESC)",
     "'dense_rank() OVER (PARTITION BY 'dept ORDER BY 'salary DESC NULLS LAST)"),
    ("CASE WHEN x IS NULL THEN 0 ELSE x END", "CASE WHEN isnull('x) THEN 0 ELSE 'x END"),
    ("NOT a AND b OR c", "((NOT 'a AND 'b) OR 'c)"),
    ("NOT a = b", "NOT ('a = 'b)"),
    ("a = 1 OR b = 2 AND c = 3", "(('a = 1) OR (('b = 2) AND ('c = 3)))"),
    ("-2147483648", "-2147483648"),
    ("-9223372036854775808L", "-9223372036854775808L"),
    ("1 - -2", "(1 - -2)"),
    ("- (a)", "-'a"),
    ("a * b + c / d - e % f", "((('a * 'b) + ('c / 'd)) - ('e % 'f))"),
    ("a || b || c", "'concat('concat('a, 'b), 'c)"),
    ("a + 1 > b * 2 IS NOT NULL", "isnotnull((('a + 1) > ('b * 2)))"),
    ("x::decimal(5,2) + 1", "(cast('x AS decimal(5,2)) + 1)"),
    ("m['k'].f[1]", "'m['k']['f'][1]"),
    ("first(x) IGNORE NULLS", "'first('x, true)"),
    ("lag(x, 1) IGNORE NULLS OVER (ORDER BY t)", "'lag('x, 1, NULL, true) OVER (ORDER BY 't ASC NULLS FIRST)"),
    ("a IN (1, 2, 3)", "'a IN (1, 2, 3)"),
    ("a NOT IN (1)", "NOT 'a IN (1)"),
    ("a IS NOT TRUE", "NOT ('a <=> true)"),
    ("s LIKE 'a\\_%' ESCAPE '\\\\'", "'like('s, 'a\\_%', '\\')"),
    ("TIMESTAMPADD(HOUR, 1, ts)", "'timestampadd('HOUR', 1, 'ts)"),
    ("dateadd(MONTH, 2, d)", "'timestampadd('MONTH', 2, 'd)"),
    ("DATEDIFF(DAY, a, b)", "'timestampdiff('DAY', 'a, 'b)"),
    ("datediff(a, b)", "'datediff('a, 'b)"),
    ("date_add(d, 1)", "'date_add('d, 1)"),
    ("percentile_cont(0.5) WITHIN GROUP (ORDER BY x)", "'percentile_cont('x, 0.5BD(1,1), false)"),
    ("percentile_cont(0.25) WITHIN GROUP (ORDER BY x DESC)", "'percentile_cont('x, 0.25BD(2,2), true)"),
    ("percentile_disc(0.25) WITHIN GROUP (ORDER BY x DESC)", "'percentile_disc('x, 0.25BD(2,2), true)"),
    ("mode() WITHIN GROUP (ORDER BY x)", "'mode('x)"),
    ("IF(a > 1, 'x', 'y')", "'if(('a > 1), 'x', 'y')"),
    ("LEFT(s, 3) || RIGHT(s, 2)", "'concat('left('s, 3), 'right('s, 2))"),
    ("(a, b) = (1, 2)", "('struct('a, 'b) = 'struct(1, 2))"),
    ("d + INTERVAL 1 DAY", "('d + INTERVAL 86400000000us)"),
])
func expressionParses(text: String, expected: String) throws {
    #expect(PlanPrinter.render(try parseSQLExpression(text)) == expected)
}

/// Literal types as Spark gives them.
@Test(arguments: [
    ("1", DataType.int), ("2147483647", .int), ("2147483648", .long), ("1L", .long), ("1S", .short), ("1Y", .byte),
    ("1.5", .decimal(precision: 2, scale: 1)), ("0.01", .decimal(precision: 2, scale: 2)), (".5", .decimal(precision: 1, scale: 1)),
    ("123.450", .decimal(precision: 6, scale: 3)), ("99999999999999999999", .decimal(precision: 20, scale: 0)),
    ("1.5D", .double), ("1e3", .double), ("1.5E-2", .double), ("2.5F", .float), ("1.5BD", .decimal(precision: 2, scale: 1)),
    ("'x'", .string), ("NULL", .null), ("TRUE", .boolean), ("DATE '2025-01-01'", .date),
    ("TIMESTAMP '2025-01-01 00:00:00'", .timestamp), ("INTERVAL 1 DAY", .dayTimeInterval(start: .day, end: .day)), ("X'01'", .binary),
    ("INTERVAL 1 HOUR 30 MINUTES", .dayTimeInterval(start: .hour, end: .minute)), ("INTERVAL 1.5 SECONDS", .dayTimeInterval(start: .second, end: .second)),
    ("INTERVAL '1 2:03:04' DAY TO SECOND", .dayToSecondInterval), ("INTERVAL '2 days 3 hours'", .dayTimeInterval(start: .day, end: .hour)),
    ("INTERVAL '1-2' YEAR TO MONTH", .yearToMonthInterval), ("INTERVAL 14 MONTHS", .yearMonthInterval(start: .month, end: .month)),
    ("INTERVAL 1 YEAR 2 MONTHS", .yearToMonthInterval), ("INTERVAL '2' YEAR", .yearMonthInterval(start: .year, end: .year)),
])
func literalTypes(text: String, type: DataType) throws {
    guard case .literal(_, let parsed) = try parseSQLExpression(text) else {
        Issue.record("\(text) is not a literal")
        return
    }
    #expect(parsed == type)
}

@Test(arguments: [
    ("1.5", Value.decimal(15, scale: 1)),
    ("-0.25", .decimal(-25, scale: 2)),
    ("1e3BD", .decimal(1000, scale: 0)),
    ("'it''s'", .string("it's")),
    ("'a' \"b\" 'c'", .string("abc")),
    (#"'tab\there'"#, .string("tab\there")),
    (#"'\u0041\101'"#, .string("AA")),
    ("DATE '2025-03-01'", .date(DateTimeUtils.days(year: 2025, month: 3, day: 1))),
    ("TIMESTAMP '1970-01-01 00:00:01.5'", .timestamp(1_500_000)),
    ("INTERVAL '1' DAY", .interval(86_400_000_000)),
    ("INTERVAL 1 HOUR 30 MINUTES", .interval(5_400_000_000)),
    ("INTERVAL '1 02:03:04.5' DAY TO SECOND", .interval(93_784_500_000)),
    ("INTERVAL '2 days 3 hours'", .interval(183_600_000_000)),
    ("INTERVAL -1 WEEK", .interval(-604_800_000_000)),
    ("INTERVAL 1.5 SECONDS", .interval(1_500_000)),
])
func literalValues(text: String, value: Value) throws {
    guard case .literal(let parsed, _) = try parseSQLExpression(text) else {
        Issue.record("\(text) is not a literal")
        return
    }
    #expect(parsed == value)
}

@Test(arguments: [
    ("int", DataType.int), ("INTEGER", .int), ("bigint", .long), ("long", .long), ("string", .string),
    ("varchar(10)", .string), ("decimal", .decimal(precision: 10, scale: 0)), ("DECIMAL(10, 2)", .decimal(precision: 10, scale: 2)),
    ("double", .double), ("date", .date), ("timestamp", .timestamp), ("boolean", .boolean), ("binary", .binary),
    ("array<int>", .array(element: .int, containsNull: true)),
    ("array<array<int>>", .array(element: .array(element: .int, containsNull: true), containsNull: true)),
    ("map<string,array<bigint>>", .map(key: .string, value: .array(element: .long, containsNull: true), valueContainsNull: true)),
    ("struct<a:int,b string>", .struct([StructField("a", .int), StructField("b", .string)])),
    ("interval day to second", .dayToSecondInterval), ("interval day", .dayTimeInterval(start: .day, end: .day)),
    ("interval hour to minute", .dayTimeInterval(start: .hour, end: .minute)), ("interval year to month", .yearToMonthInterval),
    ("interval month", .yearMonthInterval(start: .month, end: .month)),
])
func dataTypes(text: String, type: DataType) throws {
    #expect(try parseSQLDataType(text) == type)
}

@Test func unknownDataTypeIsReported() {
    do {
        _ = try parseSQLDataType("foo")
        Issue.record("parsed")
    } catch {
        #expect(error.errorClass == "UNSUPPORTED_DATATYPE")
        #expect(error.message == "Unsupported data type \"FOO\".")
    }
}

@Test func expressionWithTrailingTokenIsAnError() {
    do {
        _ = try parseSQLExpression("a + 1 b c")
        Issue.record("parsed")
    } catch {
        #expect(error.errorClass == "PARSE_SYNTAX_ERROR")
        #expect(error.message == "Syntax error at or near 'c': extra input 'c'.")
        #expect(error.sqlPosition == 8)
    }
}

/// Out-of-range values are errors, never traps.
@Test(arguments: [
    "INTERVAL 999999999999999 DAY",
    "INTERVAL '99999999999999' HOUR",
    "INTERVAL '106751991 04:00:54.775808' DAY TO SECOND",
    "99999999999999999999999999999999999999999",
    "128Y",
    "9223372036854775808L",
    "sum(x) OVER (ROWS BETWEEN -9223372036854775808L PRECEDING AND CURRENT ROW)",
])
func outOfRangeLiteralsAreErrors(text: String) {
    #expect(throws: SparkError.self) { try parseSQLExpression(text) }
}
