# data: numbers.json

from pyspark.sql import functions as F


@F.udf("int")
def inverse(a):
    return 100 // a


def solve(nums):
    return nums.select("id", inverse("a").alias("inv"))
