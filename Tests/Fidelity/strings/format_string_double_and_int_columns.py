# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.format_string("%s|%s", "x", "a").alias("as_strings"),
        F.format_string("%.2f", "x").alias("two_places"),
        F.format_string("%5d", "b").alias("padded_int"),
        F.format_string("%08.3f", "x").alias("zero_padded"),
    )
