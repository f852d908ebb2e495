# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(orders):
    return orders.groupBy("customer_id").agg(F.sum(F.when(F.col("status") == "shipped", 1).otherwise(0)).alias("shipped"), F.count(F.when(F.col("status") == "pending", True)).alias("pending"))
