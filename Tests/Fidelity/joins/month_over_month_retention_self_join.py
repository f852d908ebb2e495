# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    active = orders.select("customer_id", F.trunc("order_date", "month").alias("month")).distinct()
    nxt = active.select(F.col("customer_id").alias("cid"), F.col("month").alias("next_month"))
    joined = active.join(nxt, (active.customer_id == nxt.cid) & (nxt.next_month == F.add_months(active.month, 1)), "left")
    return joined.groupBy("month").agg(
        F.count("customer_id").alias("active"),
        F.count("cid").alias("retained"),
    )
