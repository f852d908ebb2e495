# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    total = orders.agg(F.sum("amount").alias("t")).collect()[0]["t"]
    return orders.select("order_id", (F.col("amount") / F.lit(total) * 100).alias("pct"), F.lit(total).alias("total"))
