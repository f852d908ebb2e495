import datetime
from decimal import Decimal

from pyspark.sql import functions as F


def solve(spark):
    return spark.range(1).select(
        F.lit(1), F.lit(1.5), F.lit("a"), F.lit(None), F.lit(True), F.lit(datetime.date(2024, 1, 31)),
        F.lit(datetime.datetime(2024, 1, 31, 10, 30)), F.lit(Decimal("1.50")), F.lit(2**40), F.lit(-3), F.lit(""),
        F.lit(float("nan")), F.lit(1e20),
    )
