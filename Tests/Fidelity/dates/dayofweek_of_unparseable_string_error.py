# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.dayofweek("s").alias("dow"))
