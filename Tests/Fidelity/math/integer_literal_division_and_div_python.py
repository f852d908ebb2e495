# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where(F.col("b") != 0).select(
        "id",
        (F.col("a") / F.col("b")).alias("true_div"),
        F.expr("a div b").alias("int_div"),
        (F.col("a") % F.col("b")).alias("rem"),
        F.pmod("a", "b").alias("pm"),
        (F.col("big") / 2).alias("big_half"),
    )
