# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return orders.groupBy("customer_id").agg(
        F.sum(F.when(F.col("status") == "shipped", F.col("amount")).otherwise(0)).alias("shipped"),
        F.count(F.when(F.col("status") != "shipped", 1)).alias("not_shipped"),
    )
