# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.col("a").isin([7, None]).alias("in_7_or_null"),
        F.col("a").isin(F.col("b"), 10).alias("in_b_or_10"),
        (~F.col("a").isin(7, -7)).alias("not_in"),
    )
