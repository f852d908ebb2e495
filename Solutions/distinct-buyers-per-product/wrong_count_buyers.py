# Known wrong: count(user_id) counts a repeat buyer once per purchase.
from pyspark.sql import DataFrame, functions as F


def solve(purchases: DataFrame) -> DataFrame:
    return (
        purchases.where(F.col("product_id").isNotNull())
        .groupBy("product_id")
        .agg(F.count("*").alias("purchases"), F.count("user_id").alias("buyers"))
    )
