# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.exists(F.map_values("attrs"), lambda v: v > 5).alias("any_big"),
        F.forall(F.map_keys("attrs"), lambda k: k.isin("x", "y")).alias("only_xy"),
        F.filter("tags", lambda t, i: (i % 2 == 0) & t.isNotNull()).alias("even_positions"),
    )
