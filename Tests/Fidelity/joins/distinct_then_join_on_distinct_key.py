# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(orders, customers):
    return orders.select("customer_id").distinct().join(customers, "customer_id")
