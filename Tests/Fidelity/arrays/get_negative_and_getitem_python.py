# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.get("tags", -1).alias("get_neg"),
        F.get("tags", 0).alias("get_0"),
        F.col("attrs")["x"].alias("attr_x"),
        F.col("attrs").getItem("missing").alias("attr_missing"),
        F.col("info")["color"].alias("color"),
    )
