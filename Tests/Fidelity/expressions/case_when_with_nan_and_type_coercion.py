# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.when(F.isnan("x"), "nan").when(F.col("x") > 1, "big").when(F.col("x").isNull(), None).otherwise("small").alias("bucket"),
        F.when(F.col("a") > 0, F.col("a")).otherwise(F.col("x")).alias("mixed"),
        F.when(F.col("b") == 0, F.lit(None)).otherwise(F.col("a") / F.col("b")).alias("safe_ratio"),
    )
