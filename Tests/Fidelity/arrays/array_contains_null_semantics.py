# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.array_contains("tags", "a"), F.array_contains("scores", 5))
