# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    exploded = items.select("id", F.explode("scores").alias("score"))
    return exploded.where((F.col("id") > 1) & (F.col("score") > 5))
