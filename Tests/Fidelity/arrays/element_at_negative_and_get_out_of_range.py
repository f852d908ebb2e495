# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.where(F.size("scores") >= 2).select(
        "id",
        F.element_at("scores", -1).alias("last"),
        F.element_at("scores", -2).alias("second_last"),
        F.get("scores", 1).alias("get_1"),
        F.get("scores", 9).alias("get_9"),
        F.try_element_at("scores", F.lit(7)).alias("try_7"),
        F.element_at("attrs", F.lit("x")).alias("x_value"),
    )
