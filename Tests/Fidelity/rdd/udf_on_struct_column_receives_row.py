# data: arrays.json

from pyspark.sql import functions as F


@F.udf("string")
def describe(info):
    if info is None:
        return "none"
    return f"{type(info).__name__}:{info.color}:{info['size']}"


def solve(items):
    return items.select("id", describe("info").alias("d"))
