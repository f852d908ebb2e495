# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("id IN (1, 2, 6, 7)").select(
        F.cot(F.col("b")), F.sec("b"), F.csc("b"), F.acosh(F.abs("b")), F.asinh("b"), F.atanh(F.lit(0.5)), F.ln("b"),
        F.shiftleft("a", 2), F.shiftright("a", 1), F.shiftrightunsigned("a", 28), F.bit_count("a"), F.getbit("a", F.lit(0)),
        F.unhex(F.hex("a")),
        F.sqrt(F.col("b") * 1.0), F.rint("x"), F.try_divide(F.col("x"), F.lit(0)),
    )
