# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.exists("scores", lambda x: x > F.col("id")).alias("any_above_id"),
        F.transform("scores", lambda x: x - F.col("id")).alias("minus_id"),
        F.filter("tags", lambda t: t != F.col("info.color")).alias("not_color"),
    )
