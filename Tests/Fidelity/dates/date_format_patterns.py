# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.date_format("ts", "yyyy-MM-dd HH:mm"), F.date_format("d", "EEE, MMM d yyyy"), F.date_format("ts", "E"), F.date_format("d", "yyyyMMdd"))
