from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("2024-03-05", 3)], "s string, n bigint")
    return df.select(F.date_add(F.to_date("s"), F.col("n")).alias("d"))
