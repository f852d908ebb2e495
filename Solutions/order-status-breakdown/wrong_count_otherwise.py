# Known wrong: count() of when(...).otherwise(0) counts every order, since 0 is not null.
from pyspark.sql import DataFrame, functions as F


def solve(customers: DataFrame, orders: DataFrame) -> DataFrame:
    delivered = F.col("status") == "delivered"
    cancelled = F.col("status") == "cancelled"
    per_customer = (
        customers.join(orders, "customer_id", "left")
        .groupBy("customer_id", "name")
        .agg(
            F.count("order_id").alias("orders"),
            F.count(F.when(delivered, 1).otherwise(0)).alias("delivered"),
            F.count(F.when(cancelled, 1).otherwise(0)).alias("cancelled"),
            F.coalesce(F.sum(F.when(delivered, F.col("amount"))), F.lit(0)).alias("delivered_revenue"),
        )
    )
    return per_customer.withColumn(
        "cancel_rate",
        F.when(F.col("orders") > 0, F.round(F.col("cancelled") / F.col("orders"), 2)),
    )
