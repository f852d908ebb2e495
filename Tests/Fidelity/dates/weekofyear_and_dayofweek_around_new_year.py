from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("2020-12-31",), ("2021-01-03",), ("2021-01-04",), ("2024-12-30",), ("2026-01-01",)], "s string").select(F.to_date("s").alias("d"))
    return df.select("d", F.weekofyear("d").alias("wk"), F.dayofweek("d").alias("dow"), F.weekday("d").alias("wd"), F.date_format("d", "EEE").alias("name"), F.date_trunc("week", "d").alias("monday"))
