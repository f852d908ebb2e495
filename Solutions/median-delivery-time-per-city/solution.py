from pyspark.sql import DataFrame, functions as F


def solve(deliveries: DataFrame) -> DataFrame:
    return (
        deliveries.where(F.col("city").isNotNull())
        .groupBy("city")
        .agg(F.median("minutes").alias("median_minutes"))
    )
