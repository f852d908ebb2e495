import Testing
@testable import PySparkBridge

// Expectations come from PySpark 4.3 (`repr(column)` in classic PySpark).

/// `repr(col)` writes operators as functions of their operands, as Spark's column nodes print.
@Test(arguments: [
    ("F.col('a') == 1", "=(a, 1)"),
    ("F.col('a') != 1", "!(=(a, 1))"),
    ("(F.col('a') > 1) & (F.col('b') < 2)", "and(>(a, 1), <(b, 2))"),
    ("(F.col('a') > 1) | ~F.col('f')", "or(>(a, 1), !(f))"),
    ("F.col('a').isNull()", "isNull(a)"),
    ("F.col('a').cast('int')", "CAST(a AS INT)"),
    ("F.col('a').desc()", "a DESC NULLS LAST"),
    ("F.upper(F.col('s'))", "upper(s)"),
    ("F.col('a').isin(1, 2)", "in(a, 1, 2)"),
    ("F.lit(None)", "NULL"),
    ("F.col('m')['k']", "m['k']"),
    ("F.col('a').eqNullSafe(F.col('b'))", "<=>(a, b)"),
    ("-F.col('a')", "negative(a)"),
    ("F.col('t.a')", "t.a"),
    ("F.count('*')", "count(*)"),
    ("F.lit(\"it's\")", "'it\\'s'"),
    ("F.col('a') * F.col('b') - 1", "-(*(a, b), 1)"),
    ("F.when(F.col('a') > 1, 1)", "CASE WHEN >(a, 1) THEN 1 END"),
    ("F.col('a').between(1, 3)", "and(>=(a, 1), <=(a, 3))"),
    ("(F.col('salary') + 1).alias('s1')", "+(salary, 1) AS s1"),
])
func columnReprMatchesPySpark(python: String, expected: String) throws {
    let run = try runSolution("""
    from pyspark.sql import functions as F

    def solve(spark):
        return spark.createDataFrame([(repr(\(python)),)], ["text"])
    """)
    #expect(run.rows == [[.string("Column<'\(expected)'>")]])
}
