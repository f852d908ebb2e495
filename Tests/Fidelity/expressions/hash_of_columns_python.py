# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select("id", F.hash("a").alias("ha"), F.hash("x").alias("hx"), F.hash("big").alias("hbig"), F.hash("s").alias("hs"), F.hash("a", "s").alias("has"))
