# data: dates.json

import datetime

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter((F.col("d") >= datetime.date(2024, 2, 1)) & (F.col("ts") < datetime.datetime(2024, 12, 31, 12, 0))).select(
        "id", F.datediff(F.lit(datetime.date(2025, 1, 1)), "d").alias("days_to_2025"),
        (F.col("ts") > F.lit(datetime.datetime(2024, 3, 1))).alias("after_march"))
