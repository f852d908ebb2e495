# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.zip_with("tags", "scores", lambda t, s: F.concat_ws(":", t, s.cast("string"))).alias("pairs"),
    )
