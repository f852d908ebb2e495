# Known plan problem: right rows, but the maximum per country is a second aggregation that is
# joined back, which needs several more shuffles.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame) -> DataFrame:
    spend = (
        orders.where(F.col("country").isNotNull() & F.col("customer_id").isNotNull())
        .groupBy("country", "customer_id")
        .agg(F.sum("amount").alias("spend"))
        .where(F.col("spend").isNotNull())
    )
    best = spend.groupBy("country").agg(F.max("spend").alias("best_spend"))
    return (
        spend.join(best, "country")
        .where(F.col("spend") == F.col("best_spend"))
        .select("country", "customer_id", "spend")
    )
