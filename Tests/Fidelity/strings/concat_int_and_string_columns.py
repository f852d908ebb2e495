# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.concat("a", F.lit("-"), "s").alias("joined"),
        F.concat_ws("/", "a", "x", "big").alias("slashed"),
        F.concat(F.col("x"), F.lit("")).alias("double_text"),
    )
