# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    a = items.select("id", F.posexplode("scores"))
    b = items.select("id", F.explode_outer("tags").alias("tag"))
    return a.join(b, "id", "full")
