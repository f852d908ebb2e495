from decimal import Decimal

from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("a", Decimal("12.5")), ("b", Decimal("-0.000001")), ("c", None)], ["k", "amount"])
    return df.select(
        "k", "amount",
        F.lit(Decimal("1.50")).alias("fee"),
        F.lit(Decimal("1E+3")).alias("thousand"),
        (F.col("amount") + F.lit(Decimal("0.25"))).alias("plus"),
        F.col("amount").isin(Decimal("12.50"), Decimal("3")).alias("listed"))
