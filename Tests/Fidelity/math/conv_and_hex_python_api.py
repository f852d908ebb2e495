# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.where(F.col("a").isNotNull()).select(
        "id",
        F.hex("a").alias("hex_a"),
        F.bin("a").alias("bin_a"),
        F.conv(F.col("a").cast("string"), 10, 16).alias("conv_16"),
        F.conv(F.col("a").cast("string"), 10, -16).alias("conv_signed"),
        F.unhex(F.hex("s")).cast("string").alias("unhex_s"),
    )
