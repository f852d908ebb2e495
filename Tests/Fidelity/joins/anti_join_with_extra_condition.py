# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    shipped = orders.where(F.col("status") == "shipped")
    return customers.join(shipped, (customers.customer_id == shipped.customer_id) & (shipped.amount > 100), "left_anti")
