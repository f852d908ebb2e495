# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.groupBy(F.explode("tags")).count()
