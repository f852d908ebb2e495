from decimal import Decimal

from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(Decimal("1.10"), 3)], "p DECIMAL(5, 2), q INT")
    return df.select(F.col("p") * F.col("q"), F.col("p") + F.lit(Decimal("0.005")), F.col("p") / F.lit(3), F.col("p") - 1)
