# Known wrong: the mean is not the median.
from pyspark.sql import DataFrame, functions as F


def solve(deliveries: DataFrame) -> DataFrame:
    return deliveries.where(F.col("city").isNotNull()).groupBy("city").agg(F.avg("minutes").alias("median_minutes"))
