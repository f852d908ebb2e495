# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where(F.col("s").cast("int").isNotNull()).select("id", "s", (F.col("s").cast("int") + F.col("a")).alias("sum"))
