# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(orders, customers):
    return orders.dropDuplicates(["customer_id"]).join(customers, "customer_id").select("customer_id", "name")
