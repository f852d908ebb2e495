# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.year("d"), F.quarter("d"), F.month("d"), F.weekofyear("d"), F.dayofweek("d"), F.dayofyear("d"), F.dayofmonth("d"), F.weekday("d"))
