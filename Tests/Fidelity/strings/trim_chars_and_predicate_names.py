from pyspark.sql import functions as F


# F.ltrim(col, trim) takes a column of characters; Column.between stays two comparisons, SQL BETWEEN does not.
def solve(spark):
    df = spark.createDataFrame([("xxabxx", "x", 5), ("yayy", "y", 9)], "name string, c string, n int")
    return df.select(
        F.ltrim("name", "c"), F.rtrim(F.col("name"), F.lit("y")), F.trim(F.col("name"), F.lit("x")),
        F.col("n").between(1, 7), F.expr("n BETWEEN 1 AND 7"), F.positive("n"), F.expr("if(name = 'yayy', 1, 2)"),
        F.col("name").like("x%"), F.col("name").ilike("X%"), F.col("name").rlike("y$"),
    )
