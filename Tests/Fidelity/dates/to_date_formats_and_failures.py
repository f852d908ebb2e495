# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id IN (1, 5, 7)").select("id", F.to_date("s"), F.to_date("s", "yyyy-MM-dd"))
