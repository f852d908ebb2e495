from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1.0, float("nan")), (-1.0, float("inf")), (2.0, 0.5), (0.0, -1.0), (float("nan"), 0.0)], "b DOUBLE, e DOUBLE")
    return df.select("b", "e", F.pow("b", "e").alias("p"), F.power(F.col("b"), 2).alias("sq"))
