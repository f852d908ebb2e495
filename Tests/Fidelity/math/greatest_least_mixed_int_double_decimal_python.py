# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.greatest("a", "b", "x").alias("g"),
        F.least("a", F.lit(1.5), "big").alias("l"),
    )
