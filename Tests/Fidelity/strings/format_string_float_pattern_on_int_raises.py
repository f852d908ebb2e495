# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(F.format_string("%.2f", "a").alias("bad"))
