from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("2024-03-05",)], "s string")
    return df.select(F.to_date("s", "YYYY-MM-dd").alias("d"))
