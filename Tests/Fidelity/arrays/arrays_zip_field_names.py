# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.where("id <= 2").select(
        F.arrays_zip("tags", "scores").alias("by_name"),
        F.arrays_zip(F.col("tags"), F.array_distinct("scores")).alias("mixed"),
    )
