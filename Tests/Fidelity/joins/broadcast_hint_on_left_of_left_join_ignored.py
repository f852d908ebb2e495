# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    return F.broadcast(orders).join(customers, "customer_id", "left").select("order_id", "name")
