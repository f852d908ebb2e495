# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.trunc("ts", "month").alias("m"), F.trunc("ts", "year").alias("y"), F.trunc("ts", "week").alias("w"), F.trunc("ts", "quarter").alias("q"), F.trunc("d", "day").alias("bad"))
