# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.transform_values("attrs", lambda k, v: F.concat(k, F.lit("="), v.cast("string"))).alias("described"),
        F.map_filter("attrs", lambda k, v: v.isNull()).alias("null_values"),
    )
