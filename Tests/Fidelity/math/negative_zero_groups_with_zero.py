from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(0.0, 1), (-0.0, 2), (float("nan"), 3), (float("nan"), 4), (1.0, 5)], "x DOUBLE, v INT")
    return df.groupBy("x").agg(F.sum("v").alias("total"), F.count("*").alias("n"))
