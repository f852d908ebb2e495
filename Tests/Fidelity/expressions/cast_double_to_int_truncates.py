# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("id IN (1, 2, 6, 7)").select("x", F.col("x").cast("int"), F.col("x").cast("long").alias("l"))
