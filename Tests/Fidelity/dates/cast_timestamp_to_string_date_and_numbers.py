# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(
        "id",
        F.col("ts").cast("string").alias("ts_str"),
        F.col("ts").cast("date").alias("ts_date"),
        F.col("ts").cast("long").alias("ts_long"),
        F.col("ts").cast("double").alias("ts_double"),
        F.col("d").cast("timestamp").alias("d_ts"),
        F.col("d").cast("string").alias("d_str"),
    )
