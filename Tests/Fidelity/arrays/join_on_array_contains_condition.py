# data: arrays.json

from pyspark.sql import functions as F


def solve(spark, items):
    wanted = spark.createDataFrame([("a",), ("b",), ("q",)], ["tag"])
    return items.join(wanted, F.array_contains(items.tags, wanted.tag)).select("id", "tag")
