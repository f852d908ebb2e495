# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("b != 0").select(
        "id",
        (F.col("a") / F.col("b")).alias("slash"),
        F.expr("a div b").alias("div"),
        (F.col("a") % F.col("b")).alias("mod"),
        F.pmod("a", "b").alias("pmod"),
        F.floor(F.col("a") / F.col("b")).alias("floor_div"),
    )
