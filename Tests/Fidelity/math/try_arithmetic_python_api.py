# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.try_add("a", F.lit(1)).alias("a_plus_1"),
        F.try_subtract("big", F.lit(1)).alias("big_minus_1"),
        F.try_multiply("a", F.lit(2)).alias("a_times_2"),
        F.try_divide("a", "b").alias("a_div_b"),
        F.try_mod("a", "b").alias("a_mod_b"),
    )
