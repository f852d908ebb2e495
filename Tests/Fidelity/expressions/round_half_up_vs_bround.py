# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select("x", F.round("x", 2), F.bround("x", 2), F.round("x"), F.round(F.lit(2.5)), F.bround(F.lit(2.5)))
