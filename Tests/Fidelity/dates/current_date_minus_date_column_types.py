# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.typeof(F.current_date() - F.col("d")).alias("t"), (F.datediff(F.current_date(), "d") > 0).alias("past"), F.typeof(F.unix_timestamp()).alias("ut"))
