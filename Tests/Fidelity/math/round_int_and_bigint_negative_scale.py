# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where(F.col("id") <= 3).select(
        "id",
        F.round("a", -1).alias("a_tens"),
        F.bround("a", -1).alias("a_tens_even"),
        F.round(F.col("big") % 1000, -2).alias("big_hundreds"),
    )
