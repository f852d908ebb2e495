# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select("id", F.try_divide("a", "b").alias("q"), F.try_add("a", F.lit(1)).alias("next"))
