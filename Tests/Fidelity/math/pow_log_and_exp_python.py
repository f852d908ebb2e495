# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.pow("b", 2).alias("b_sq"),
        F.log(2.0, F.abs("b")).alias("log2_b"),
        F.log10(F.abs("a")).alias("log10_a"),
        F.log("x").alias("ln_x"),
        F.sqrt(F.abs("a")).alias("sqrt_a"),
        F.cbrt("b").alias("cbrt_b"),
    ).where(F.col("id") <= 4)
