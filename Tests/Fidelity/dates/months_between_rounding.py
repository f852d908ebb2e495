# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.months_between(F.lit("2025-01-31"), "d"), F.months_between("ts", F.lit("2024-01-01 00:00:00"), False))
