# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("id IN (1, 2, 6)").select(
        F.round("x", 1), F.bround("x", 1), F.ceil("x"), F.floor("x"), F.abs("a"), F.sqrt("b"), F.pow("b", 2), F.exp("b"),
        F.log("b"), F.log10("b"), F.log2("b"), F.log(2.0, "b"), F.signum("a"), F.pmod("a", "b"), F.greatest("a", "b"),
        F.least("a", "b"), F.col("a") % F.col("b"), F.col("a") / F.col("b"), -F.col("a"), F.cbrt("b"), F.hex("a"), F.factorial("b"),
    )
