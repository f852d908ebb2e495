# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(orders, customers):
    a = customers.join(orders, "customer_id", "anti").select("customer_id", F.lit(0).alias("n"))
    b = customers.join(orders, "customer_id").groupBy("customer_id").agg(F.count("*").alias("n"))
    return a.union(b)
