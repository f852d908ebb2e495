# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.filter("id IN (1, 2, 6, 7)").select(
        F.round("x"), F.bround("x"), F.ceil("x", 1), F.floor("x", F.lit(-1)), F.log1p("b"), F.expm1("b"), F.degrees("x"),
        F.radians("a"), F.sign("a"), F.signum("x"), F.negative("a"), F.positive("a"), F.e(), F.pi(), F.hypot("a", "b"),
        F.atan2("a", "b"), F.width_bucket("x", F.lit(0), F.lit(10), F.lit(4)), F.try_divide("a", "b"), F.try_subtract("a", "b"),
        F.try_multiply("a", "b"), F.try_mod("a", "b"), F.bin("a"), F.conv("s", 10, 16), F.format_number("x", 1),
    )
