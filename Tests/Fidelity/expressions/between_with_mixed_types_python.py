# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.col("x").between(0, 2).alias("x_0_2"),
        F.col("a").between(F.col("b"), 10).alias("a_b_10"),
        F.col("big").between(-1, 2.5).alias("big_decimal_bounds"),
    )
