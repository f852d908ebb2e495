# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    sign = F.when(F.col("a") > 0, 1).when(F.col("a") < 0, -1)
    label = F.when(F.col("x").isNull(), "none").when(F.isnan("x"), "nan").when(F.col("x") > 1, F.lit(2.5))
    return nums.select("id", sign.alias("sign"), label.alias("label"), F.when(F.col("b") == 0, None).when(F.col("b") > 0, F.col("b")))
