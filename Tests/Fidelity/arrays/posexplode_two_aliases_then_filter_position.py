# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return (
        items.select("id", F.posexplode("scores").alias("i", "score"))
        .where(F.col("i") > 0)
    )
