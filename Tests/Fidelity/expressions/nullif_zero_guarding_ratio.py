# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select("id", (F.col("a") / F.nullif(F.col("b"), F.lit(0))).alias("ratio"), F.try_divide("a", "b").alias("try_ratio"))
