# data: numbers.json
from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("id IN (1, 2, 6, 7)").select("x", F.ceil("x"), F.floor("x"), F.ceil("a"), F.signum("x"))
