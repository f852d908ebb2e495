# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.last_day("d").alias("ld"), F.last_day("ts").alias("ld_ts"), F.last_day(F.lit("2023-02-10")).alias("feb"))
