# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    sign = F.when(F.col("a") > 0, "pos").when(F.col("a") < 0, "neg").when(F.col("a") == 0, "zero")
    return nums.select("id", sign.alias("sign"), F.coalesce(sign, F.lit("unknown")).alias("label"))
