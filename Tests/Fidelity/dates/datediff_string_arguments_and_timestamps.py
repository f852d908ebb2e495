# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(
        "id",
        F.datediff(F.lit("2024-03-01"), "d").alias("to_march"),
        F.datediff("ts", "d").alias("same_day"),
        F.datediff(F.current_date(), F.current_date()).alias("zero"),
        F.months_between(F.lit("2024-03-31"), "d").alias("mb"),
        F.months_between("ts", F.lit("2024-01-01 12:00:00"), False).alias("mb_exact"),
    )
