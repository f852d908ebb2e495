# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.datediff(F.lit("2024-12-31"), "d"), F.date_add("d", 30), F.date_sub("d", 1), F.date_add("d", -1).alias("minus_one"))
