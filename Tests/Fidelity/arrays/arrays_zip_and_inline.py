# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    zipped = items.select("id", F.arrays_zip("tags", "scores").alias("z"))
    return zipped.select("id", F.inline("z"))
