# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.aggregate(
            "scores",
            F.struct(F.lit(0.0).alias("s"), F.lit(0).alias("n")),
            lambda acc, x: F.struct((acc.s + F.coalesce(x, F.lit(0))).alias("s"), (acc.n + 1).alias("n")),
            lambda acc: F.when(acc.n == 0, None).otherwise(acc.s / acc.n),
        ).alias("mean"),
    )
