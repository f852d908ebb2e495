# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    grade = (F.when(F.col("x").isNull(), "missing")
             .when(F.isnan("x"), "nan")
             .when(F.col("x") >= 2, F.when(F.col("x") > 1e300, "huge").otherwise("high"))
             .otherwise("low"))
    return nums.select("id", grade.alias("grade"), F.coalesce(F.col("a") / F.col("b"), F.lit(-1.0)).alias("ratio_or_minus1")) \
        .filter(F.col("b") != 0)
