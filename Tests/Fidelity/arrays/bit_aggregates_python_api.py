# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.agg(F.bit_and("b").alias("band"), F.bit_or("b").alias("bor"), F.bit_xor("b").alias("bxor"), F.bit_or("big").alias("big_or"))
