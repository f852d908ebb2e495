# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter(F.isnan("x") | F.isnull("x")).select("id")
