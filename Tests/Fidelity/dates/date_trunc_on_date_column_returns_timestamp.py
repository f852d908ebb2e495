# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.date_trunc("month", "d").alias("m"), F.date_trunc("week", "d").alias("w"), F.date_trunc("quarter", F.lit("2024-08-17 10:00:00")).alias("q_from_string"))
