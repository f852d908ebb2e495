# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.explode("attrs").alias("attr", "amount")).where(F.col("amount").isNotNull())
