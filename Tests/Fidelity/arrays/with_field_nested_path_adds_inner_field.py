from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, (("x", 1), 5)), (2, (None, 6)), (3, None)], "id INT, s STRUCT<inner: STRUCT<a: STRING, b: INT>, n: INT>")
    return df.select("id", F.col("s").withField("inner.c", F.lit(True)).alias("added"), F.col("s").withField("inner.b", F.col("s.n") * 10).alias("replaced"))
