from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(float("nan"),), (float("nan"),), (0.0,), (-0.0,), (None,), (1.0,)], "x DOUBLE")
    return df.agg(
        F.countDistinct("x").alias("distinct_count"),
        F.count("x").alias("non_null"),
        F.max("x").alias("max_x"),
        F.min("x").alias("min_x"),
        F.sum("x").alias("sum_x"),
    )
