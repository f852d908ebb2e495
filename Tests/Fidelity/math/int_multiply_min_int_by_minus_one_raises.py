# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where(F.col("id") == 8).select((F.col("a") * -1).alias("flipped"))
