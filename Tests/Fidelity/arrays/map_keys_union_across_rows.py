# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(F.explode(F.map_keys("attrs")).alias("key")).distinct()
