# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return (orders.filter("amount > 50 and status like 'sh%'")
            .groupby("customer_id")
            .agg(F.count(F.when(F.col("amount") > 100, True)).alias("big_orders"), F.sum("amount").alias("total")))
