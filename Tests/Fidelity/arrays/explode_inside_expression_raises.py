# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.upper(F.explode("tags")).alias("tag"))
