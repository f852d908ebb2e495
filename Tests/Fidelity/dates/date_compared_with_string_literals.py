# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter((F.col("d") >= "2024-01-31") & (F.col("d") < "2024-12-31 10:00:00")).select("id", "d")
