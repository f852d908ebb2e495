from pyspark.sql import DataFrame, functions as F


def solve(purchases: DataFrame) -> DataFrame:
    per_user = (
        purchases.where(F.col("product_id").isNotNull())
        .groupBy("product_id", "user_id")
        .agg(F.count("*").alias("n"))
    )
    return per_user.groupBy("product_id").agg(
        F.sum("n").alias("purchases"), F.count("user_id").alias("buyers")
    )
