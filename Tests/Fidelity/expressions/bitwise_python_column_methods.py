# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where(F.col("a").isNotNull()).select(
        "id",
        F.col("a").bitwiseAND(F.col("b")).alias("and_ab"),
        F.col("a").bitwiseOR(6).alias("or_6"),
        F.col("a").bitwiseXOR(F.col("b")).alias("xor_ab"),
        F.bitwise_not("a").alias("not_a"),
        F.shiftleft("b", 2).alias("shl"),
    )
