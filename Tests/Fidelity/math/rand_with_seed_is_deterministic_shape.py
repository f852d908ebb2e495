# data: numbers.json
from pyspark.sql import functions as F


def solve(nums):
    return nums.select("id", (F.rand(42) < 2).alias("always"), (F.randn(7) * 0).alias("zero"))
