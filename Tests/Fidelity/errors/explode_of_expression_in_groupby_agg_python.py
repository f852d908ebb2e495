# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.groupBy(F.explode(F.array_distinct("tags")).alias("tag")).agg(F.count("*").alias("n"))
