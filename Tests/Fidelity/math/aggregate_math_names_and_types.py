# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("id IN (1, 2, 3, 6, 7)").agg(
        F.sum(F.col("a") * 2), F.avg("b"), F.round(F.avg("x"), 2), F.max(F.abs("a")), F.countDistinct("b"), F.stddev("b"),
        F.sum("x"), F.mean("a"), F.min(F.col("x") + 1), F.sum(F.col("b").cast("decimal(10,2)")), F.count(F.when(F.col("a") > 0, 1)),
    )
