# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.hour("d").alias("h"), F.minute("d").alias("m"), F.unix_timestamp("d").alias("u"), F.date_trunc("hour", "d").alias("t"))
