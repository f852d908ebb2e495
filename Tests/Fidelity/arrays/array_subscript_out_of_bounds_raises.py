# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.filter("size(tags) > 0").select("id", F.element_at("tags", 1), F.element_at("tags", -1), F.col("tags")[0].alias("first"), F.col("tags")[5].alias("missing"))
