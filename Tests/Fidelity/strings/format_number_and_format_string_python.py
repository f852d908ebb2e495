# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.format_number("x", 2).alias("x2"),
        F.format_number(F.col("a"), 0).alias("a0"),
        F.format_string("%05d|%-4s|%.3f", "id", "s", "x").alias("fmt"),
        F.format_string("%s-%s", F.col("a"), F.col("b")).alias("pair"),
    )
