# Known plan problem: right rows, but the sort-merge join sends all of the hot seller's orders
# to one shuffle partition.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, sellers: DataFrame) -> DataFrame:
    return (
        orders.join(sellers, "seller_id")
        .groupBy("tier")
        .agg(
            F.count("*").alias("orders"),
            F.countDistinct("customer_id").alias("customers"),
        )
    )
