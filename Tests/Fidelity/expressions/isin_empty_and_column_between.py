# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.col("a").isin([]).alias("empty_isin"),
        F.col("a").isin(7, -7, None).alias("with_null"),
        F.col("a").between(F.col("b"), 10).alias("col_bound"),
        (~F.col("a").isin(0, 15)).alias("not_in"),
    )
