# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    return orders.join(F.broadcast(customers), "customer_id", "left").select("order_id", "name")
