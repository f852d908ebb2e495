# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    exploded = items.select("id", F.explode("attrs"))
    positioned = items.select("id", F.posexplode_outer("attrs").alias("pos", "k", "v"))
    return exploded.join(positioned, ["id"], "full").select("id", "key", "value", "pos", "k", "v")
