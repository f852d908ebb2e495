# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.reduce("scores", F.lit(0), lambda acc, x: acc + F.coalesce(x, F.lit(0))),
        F.reduce("tags", F.lit(""), lambda acc, t: F.concat(acc, F.coalesce(t, F.lit("?"))), lambda acc: F.upper(acc)).alias("joined"),
    )
