# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.explode_outer("attrs"))
