# ordered: true

from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(float("nan"),), (0.0,), (-0.0,), (float("inf"),), (None,), (float("nan"),), (-1.5,), (float("-inf"),)], "x DOUBLE")
    return df.groupBy("x").agg(F.count("*").alias("n")).orderBy("x")
