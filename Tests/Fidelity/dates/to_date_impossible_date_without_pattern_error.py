from pyspark.sql import functions as F


def solve(spark):
    return spark.createDataFrame([("2024-02-30",)], "s string").select(F.to_date("s").alias("d"))
