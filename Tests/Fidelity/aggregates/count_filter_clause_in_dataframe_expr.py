# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return orders.groupBy("customer_id").agg(
        F.expr("count(*) FILTER (WHERE status = 'shipped')").alias("shipped"),
        F.expr("sum(amount) FILTER (WHERE amount > 100)").alias("big_total"),
        F.count("*").alias("all_orders"),
    )
