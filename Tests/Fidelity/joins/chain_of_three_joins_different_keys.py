# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(orders, customers):
    c2 = customers.select(F.col("city").alias("c2city"), F.col("name").alias("n2"))
    return orders.join(customers, "customer_id").join(c2, F.col("city") == F.col("c2city")).select("order_id", "name", "n2")
