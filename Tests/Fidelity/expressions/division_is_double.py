# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("b <> 0").select("id", F.col("a") / F.col("b"), (F.col("a") / 2).alias("half"))
