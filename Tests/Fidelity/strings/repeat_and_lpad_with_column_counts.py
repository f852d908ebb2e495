# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where(F.col("b").between(0, 4)).select(
        "id",
        F.repeat(F.lit("ab"), F.col("b")).alias("rep"),
        F.lpad(F.col("id").cast("string"), 4, "0").alias("padded"),
        F.rpad(F.lit("x"), F.col("b") + 1, F.lit("-")).alias("rpadded"),
    )
