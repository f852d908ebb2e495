# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(F.date_format("d", "YYYY-MM").alias("ym"))
