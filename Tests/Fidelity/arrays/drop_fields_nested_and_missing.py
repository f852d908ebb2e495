from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, ((1, 2), "x")), (2, None)],
        "id INT, s STRUCT<inner: STRUCT<a: INT, b: INT>, tag: STRING>",
    )
    return df.select(
        "id",
        F.col("s").dropFields("inner.b").alias("no_b"),
        F.col("s").dropFields("missing", "tag").alias("no_tag"),
    )
