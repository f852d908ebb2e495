# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(F.to_date("id").alias("d"))
