# Known plan problem: right rows, but two aggregations and a full outer join need two shuffles
# (one per table); a union needs one.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, refunds: DataFrame) -> DataFrame:
    gross = orders.where(F.col("user_id").isNotNull()).groupBy("user_id").agg(F.sum("amount").alias("gross"))
    refunded = refunds.where(F.col("user_id").isNotNull()).groupBy("user_id").agg(F.sum("amount").alias("refunded"))
    return (
        gross.join(refunded, "user_id", "full")
        .select(
            "user_id",
            F.coalesce(F.col("gross"), F.lit(0)).alias("gross"),
            F.coalesce(F.col("refunded"), F.lit(0)).alias("refunded"),
        )
        .withColumn("net", F.col("gross") - F.col("refunded"))
    )
