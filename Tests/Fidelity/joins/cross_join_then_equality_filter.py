# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    return customers.crossJoin(orders).where((customers.customer_id == orders.customer_id) & (F.col("city") == "Pune")).select("name", "order_id")
