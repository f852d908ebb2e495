# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where((F.col("b") != 0) & F.col("a").between(-1000, 1000)).select(
        "id", "a", "b",
        (F.col("a") % F.col("b")).alias("mod"),
        F.pmod("a", "b").alias("pmod"),
        F.expr("a div b").alias("int_div"),
        (F.col("a") / F.col("b")).alias("div"),
    )
