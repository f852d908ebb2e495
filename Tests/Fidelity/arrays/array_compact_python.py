# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.array_compact("tags").alias("tags"), F.array_compact("scores").alias("scores"))
