# Known wrong: count(user_id) skips guest checkouts, which are purchases too.
from pyspark.sql import DataFrame, functions as F


def solve(purchases: DataFrame) -> DataFrame:
    return (
        purchases.where(F.col("product_id").isNotNull())
        .groupBy("product_id")
        .agg(F.count("user_id").alias("purchases"), F.countDistinct("user_id").alias("buyers"))
    )
