# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id = 1").select(F.to_timestamp("s", "dd/MM/yyyy HH:mm"))
