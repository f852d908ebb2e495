# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.explode("scores").alias("s")).groupBy("id").agg(F.sum("s").alias("total"))
