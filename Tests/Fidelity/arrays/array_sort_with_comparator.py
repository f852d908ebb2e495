# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.array_sort("scores", lambda l, r: F.when(l.isNull() | r.isNull(), F.lit(0)).otherwise(r - l)).alias("desc"),
        F.expr("array_sort(tags, (a, b) -> CASE WHEN a < b THEN 1 WHEN a > b THEN -1 ELSE 0 END)").alias("tags_desc"),
    )
