# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.timestamp_add("MONTH", F.lit(1), "ts").alias("plus_month"), F.timestamp_diff("MONTH", F.lit("2023-01-31").cast("timestamp"), "ts").alias("months"),
                        F.timestamp_diff("WEEK", "d", "ts").alias("weeks"))
