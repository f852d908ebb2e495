# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.where(F.col("tags").isNotNull()).select("id", F.explode("tags").alias("tag"))
