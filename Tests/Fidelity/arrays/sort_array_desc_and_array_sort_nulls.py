# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.sort_array("scores").alias("asc"),
        F.sort_array("scores", asc=False).alias("desc"),
        F.array_sort("scores").alias("array_sort"),
        F.array_sort("tags", lambda a, b: F.when(a.isNull(), 1).when(b.isNull(), -1).when(a > b, -1).when(a < b, 1).otherwise(0)).alias("tags_desc"),
    )
