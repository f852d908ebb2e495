# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id = 3").select(F.to_timestamp("s"), F.to_timestamp(F.lit("31.01.2024 08:15"), "dd.MM.yyyy HH:mm"))
