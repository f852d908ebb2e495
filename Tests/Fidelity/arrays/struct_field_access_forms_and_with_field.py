# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.col("info.color").alias("dot"),
        F.col("info")["size"].alias("bracket"),
        F.col("info").getField("color").alias("get_field"),
        F.col("info").withField("size", F.coalesce("info.size", F.lit(0)) + 1).alias("bumped"),
        F.col("info").dropFields("size").alias("color_only"),
        F.struct(F.col("id").alias("key"), "info.color").alias("packed"),
    )
