# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.concat_ws("|", "tags").alias("joined"),
        F.concat_ws("-", F.col("tags"), F.lit("end"), F.lit(None).cast("string")).alias("mixed"),
        F.array_join("tags", ",", "?").alias("array_join_null"),
        F.concat(F.lit("#"), F.col("id").cast("string")).alias("label"),
    )
