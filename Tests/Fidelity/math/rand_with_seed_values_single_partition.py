from pyspark.sql import functions as F


def solve(spark):
    return spark.range(0, 4, 1, 1).select("id", F.rand(42).alias("r"), F.randn(42).alias("n"))
