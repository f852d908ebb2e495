# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.typeof("x").alias("tx"),
        F.typeof(F.col("a") + F.col("big")).alias("t_sum"),
        F.col("s").try_cast("int").alias("s_int"),
        F.col("s").try_cast("double").alias("s_double"),
    )
