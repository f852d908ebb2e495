# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.transform("scores", lambda x: x * 10).alias("scaled"),
        F.filter("tags", lambda t: t != "b").alias("not_b"),
        F.aggregate("scores", F.lit(0), lambda acc, x: acc + F.coalesce(x, F.lit(0))).alias("total"),
        F.exists("scores", lambda x: x > 4).alias("any_big"),
    )
