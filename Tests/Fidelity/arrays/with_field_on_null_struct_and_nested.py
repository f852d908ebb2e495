# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.col("info").withField("size", F.lit(0)).alias("reset"),
    )
