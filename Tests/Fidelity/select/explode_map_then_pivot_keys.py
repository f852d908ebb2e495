# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    pairs = items.select("id", F.explode("attrs").alias("key", "value"))
    return pairs.groupBy("id").pivot("key").agg(F.first("value"))
