# Known plan problem: deduplicating (seller, customer) pairs first does not help: the hot
# seller still has thousands of distinct customers, and the join shuffles them by seller_id.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, sellers: DataFrame) -> DataFrame:
    per_seller = (
        orders.groupBy("seller_id", "customer_id").agg(F.count("*").alias("orders"))
    )
    return (
        per_seller.join(sellers, "seller_id")
        .groupBy("tier")
        .agg(
            F.sum("orders").alias("orders"),
            F.countDistinct("customer_id").alias("customers"),
        )
    )
