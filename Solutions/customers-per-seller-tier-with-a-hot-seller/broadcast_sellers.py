# Also accepted: when the sellers table fits in every executor's memory, a broadcast join does
# not shuffle the orders at all, so the hot seller cannot skew anything.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, sellers: DataFrame) -> DataFrame:
    return (
        orders.join(F.broadcast(sellers), "seller_id")
        .groupBy("tier")
        .agg(
            F.count("*").alias("orders"),
            F.countDistinct("customer_id").alias("customers"),
        )
    )
