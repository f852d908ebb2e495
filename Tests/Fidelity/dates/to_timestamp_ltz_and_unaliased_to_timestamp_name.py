# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id IN (1, 5, 7)").select("id", F.to_timestamp("s"), F.to_timestamp_ltz("s"), F.to_date("ts"), F.to_timestamp("s", "yyyy-MM-dd"))
