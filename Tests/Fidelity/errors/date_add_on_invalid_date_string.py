from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("2024-02-30",)], ["d"])
    return df.select(F.date_add("d", 1))
