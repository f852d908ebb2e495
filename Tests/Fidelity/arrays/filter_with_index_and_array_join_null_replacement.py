# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.filter("tags", lambda t, i: i % 2 == 0).alias("even_positions"),
        F.array_join("tags", "|").alias("joined"),
        F.array_join("tags", "|", "NULL").alias("joined_with_nulls"),
        F.array_compact("tags").alias("compacted"),
        F.array_max("scores").alias("max_score"),
        F.array_min("scores").alias("min_score"),
    )
