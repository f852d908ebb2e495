# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.array_append("tags", "z").alias("appended"),
        F.array_prepend("scores", 0).alias("prepended"),
        F.array_insert("tags", 2, F.lit("ins")).alias("inserted_2"),
        F.array_insert("tags", -1, F.lit("last")).alias("inserted_neg"),
    )
