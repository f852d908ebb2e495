# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.slice("tags", F.lit(-2), F.size("tags")).alias("tail"),
        F.slice("scores", 2, 5).alias("from_second"),
    )
