# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select("id", (F.col("a") * 1000).alias("scaled"))
