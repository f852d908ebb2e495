# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.where(F.explode("scores") > 2)
