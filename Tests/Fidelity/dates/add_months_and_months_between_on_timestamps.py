# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(
        "id",
        F.add_months("ts", 1).alias("next_month"),
        F.months_between("ts", F.lit("2023-12-31 23:59:59")).alias("mb"),
        F.months_between(F.last_day("d"), F.lit("2024-02-29")).alias("mb_month_ends"),
        F.datediff(F.to_date(F.lit("2025-01-01")), "ts").alias("days_left"),
    )
