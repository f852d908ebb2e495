# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.months_between(F.lit("2024-01-01"), "d").alias("neg"), F.months_between("ts", "ts").alias("zero"), F.months_between("ts", F.col("d")).alias("ts_vs_d"))
