# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where("id = 1").select((F.col("big") + 1).alias("next"))
