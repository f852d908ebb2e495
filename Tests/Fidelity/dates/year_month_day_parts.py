# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.year("d"), F.month("d"), F.dayofmonth("d"), F.dayofweek("d"), F.dayofyear("d"), F.weekofyear("d"), F.quarter("d"), F.hour("ts"), F.minute("ts"), F.second("ts"))
