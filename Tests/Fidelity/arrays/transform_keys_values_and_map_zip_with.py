# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.transform_keys("attrs", lambda k, v: F.upper(k)).alias("upper_keys"),
        F.transform_values("attrs", lambda k, v: F.coalesce(v, F.lit(0)) + F.length(k)).alias("bumped"),
        F.map_filter("attrs", lambda k, v: v.isNotNull()).alias("non_null"),
        F.map_zip_with("attrs", F.create_map(F.lit("x"), F.lit(100)), lambda k, a, b: F.coalesce(a, F.lit(0)) + F.coalesce(b, F.lit(0))).alias("merged"),
    )
