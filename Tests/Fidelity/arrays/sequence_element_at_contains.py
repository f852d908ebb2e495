# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    # element_at raises on an empty array under ANSI, so only non-empty tag lists are read.
    return items.where(F.size("tags") > 0).select(
        "id",
        F.sequence(F.lit(1), F.col("id")).alias("seq"),
        F.sequence(F.col("id"), F.lit(1), F.lit(-2)).alias("down"),
        F.element_at("tags", 1).alias("first_tag"),
        F.element_at("tags", -1).alias("last_tag"),
        F.element_at("attrs", F.lit("x")).alias("x"),
        F.array_contains("tags", "a").alias("has_a"),
    )
