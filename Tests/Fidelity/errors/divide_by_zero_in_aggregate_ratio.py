# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.groupBy("b").agg((F.sum("a") % F.min("b")).alias("r"))
