# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("id IN (1, 2, 6, 7)").select(
        "id",
        F.col("x").cast("decimal").alias("dec_default"),
        F.col("x").cast("decimal(5,2)").alias("dec_5_2"),
        F.col("b").cast("double").alias("b_double"),
        F.col("x").cast("string").alias("x_str"),
        F.col("x").cast("float").alias("x_float"),
    )
