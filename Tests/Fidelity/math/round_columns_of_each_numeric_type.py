# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("id IN (2, 5, 6, 7)").select(
        "id",
        F.round("x", 2).alias("rx"),
        F.bround("x", 2).alias("bx"),
        F.round("a", -1).alias("ra"),
        F.bround("a", -1).alias("ba"),
        F.round("big", -2).alias("rbig"),
        F.round(F.col("x").cast("float"), 1).alias("rf"),
    )
