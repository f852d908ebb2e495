# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(F.round("x", F.col("b")).alias("r"))
