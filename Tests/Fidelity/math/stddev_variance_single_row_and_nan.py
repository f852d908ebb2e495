from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("a", 1.0), ("b", 1.0), ("b", 3.0), ("c", float("nan")), ("c", 1.0)], "g STRING, x DOUBLE")
    return df.groupBy("g").agg(
        F.stddev("x").alias("sd"),
        F.stddev_pop("x").alias("sd_pop"),
        F.variance("x").alias("var"),
        F.skewness("x").alias("skew"),
    )
