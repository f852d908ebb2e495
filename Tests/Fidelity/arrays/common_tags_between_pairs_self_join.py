# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    a = items.select(F.col("id").alias("a_id"), F.col("tags").alias("a_tags"))
    b = items.select(F.col("id").alias("b_id"), F.col("tags").alias("b_tags"))
    pairs = a.join(b, F.col("a_id") < F.col("b_id"))
    common = pairs.select("a_id", "b_id", F.array_intersect("a_tags", "b_tags").alias("common"))
    return common.where(F.size("common") > 0)
