# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter(F.col("id") == 8).select(-F.col("a"))
