# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    firsts = orders.groupBy("customer_id").agg(
        F.min(F.struct("order_date", "order_id", "amount")).alias("first"),
        F.max_by("order_id", "order_date").alias("latest_order"),
    )
    return firsts.select("customer_id", "first.order_date", "first.amount", "latest_order")
