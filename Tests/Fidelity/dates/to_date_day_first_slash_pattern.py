# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter(F.col("id") == 2).select("id", F.to_date("s", "dd/MM/yyyy").alias("d1"), F.to_date("s", "d/M/yyyy").alias("d2"))
