# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.filter(F.explode("tags") == "a")
