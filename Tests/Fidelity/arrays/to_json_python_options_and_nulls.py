# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.to_json("info").alias("info_json"),
        F.to_json("attrs").alias("attrs_json"),
        F.to_json(F.struct("id", "tags", "info")).alias("row_json"),
        F.to_json(F.struct("info"), {"ignoreNullFields": "false"}).alias("keep_nulls"),
    )
