# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.slice("scores", 1, -1).alias("bad"))
