# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.dayname("d"), F.monthname("ts"), F.dayname(F.lit("2024-03-05")).alias("from_string"))
