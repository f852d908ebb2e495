# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    finite = nums.filter(~F.isnan("x") & (F.col("x") < 100))
    return finite.agg(F.sum("x").alias("total"), F.avg("x").alias("mean"), F.max("x").alias("top"))
