# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(F.expr("a div b").alias("q"))
