# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.date_trunc("month", "ts"), F.date_trunc("hour", "ts"), F.trunc("d", "year"), F.trunc("d", "MM"), F.date_trunc("week", "ts"))
