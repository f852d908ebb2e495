from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(None, None), (1.0, float("nan")), (-0.0, 0.0)], "a DOUBLE, b DOUBLE")
    return df.select("a", "b", F.greatest("a", "b").alias("g"), F.least("a", "b").alias("l"))
