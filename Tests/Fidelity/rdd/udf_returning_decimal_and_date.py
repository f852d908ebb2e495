import datetime
from decimal import Decimal

from pyspark.sql import functions as F


@F.udf("decimal(10,2)")
def price(n):
    return Decimal(n) / Decimal(4)


@F.udf("date")
def day(n):
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=n)


def solve(spark):
    return spark.range(3).select("id", price("id").alias("p"), day("id").alias("d"))
