# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    pairs = items.select("id", F.transform("scores", lambda x, i: F.struct(i.alias("pos"), x.alias("value"), (x * x).alias("sq"))).alias("pairs"))
    return pairs.select("id", F.inline_outer("pairs"))
