# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", "tags", F.explode("tags").alias("tag")).where(F.size("tags") > 1)
