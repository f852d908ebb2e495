from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(2147483647,), (2147483647,), (1,)], "x INT")
    return df.agg(F.sum("x").alias("total"), F.avg("x").alias("mean"))
