# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where(F.col("id").isin(1, 7)).agg(F.sum(F.col("a") * F.col("b")).alias("s"), F.sum(F.col("a").cast("bigint") * 1000000000).alias("big"))
