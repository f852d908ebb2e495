from decimal import Decimal

from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(Decimal("2.25"), 16, 2)], "d DECIMAL(5, 2), i INT, small TINYINT")
    return df.select(F.sqrt("d"), F.sqrt("i"), F.cbrt("small"), F.exp("small"), F.log10("i"), F.log2("i"))
