# Known wrong: joining the raw rows first repeats every order once per refund of the same user
# (and every refund once per order), so both sums are inflated.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, refunds: DataFrame) -> DataFrame:
    joined = orders.select("user_id", F.col("amount").alias("gross")).join(
        refunds.select("user_id", F.col("amount").alias("refunded")), "user_id", "full"
    )
    return (
        joined.where(F.col("user_id").isNotNull())
        .groupBy("user_id")
        .agg(
            F.coalesce(F.sum("gross"), F.lit(0)).alias("gross"),
            F.coalesce(F.sum("refunded"), F.lit(0)).alias("refunded"),
        )
        .withColumn("net", F.col("gross") - F.col("refunded"))
    )
