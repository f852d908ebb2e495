# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        F.when(F.col("a") > 0, "pos"), F.when(F.col("a") > 0, 1).otherwise(0), F.coalesce("a", "b"), F.isnull("a"),
        F.col("a").isNull(), F.col("a").isNotNull(), F.nanvl("x", F.lit(0.0)),
        F.col("a").between(0, 10), F.col("a").isin(1, 7), F.col("a") == F.col("b"), F.col("a").eqNullSafe(F.col("b")),
        ~(F.col("a") > 1), (F.col("a") > 1) & (F.col("b") < 3), F.ifnull("a", "b"), F.nullif("a", "b"), F.nvl2("a", "b", F.lit(0)),
    )
