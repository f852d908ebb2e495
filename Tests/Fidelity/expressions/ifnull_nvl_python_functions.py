# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.ifnull("a", F.lit(0)).alias("a0"),
        F.nvl("s", F.lit("none")).alias("s_none"),
        F.nvl2("x", F.lit("has x"), F.lit("no x")).alias("has_x"),
        F.nullif("a", F.lit(0)).alias("a_not_zero"),
        F.zeroifnull("a").alias("zero_if_null"),
        F.nullifzero("b").alias("null_if_zero"),
    )
