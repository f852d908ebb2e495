# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.to_date("ts", "yyyy-MM-dd").alias("d1"), F.to_timestamp("d", "yyyy-MM-dd").alias("t1"))
