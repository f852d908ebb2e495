# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        "x",
        F.width_bucket("x", F.lit(0.0), F.lit(3.0), F.lit(3)).alias("bucket"),
    )
