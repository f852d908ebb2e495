# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(orders, customers):
    j = orders.join(customers, "customer_id")
    return j.withColumn("rank", F.rank().over(Window.partitionBy("customer_id").orderBy(F.desc("amount")))).select("order_id", "customer_id", "rank")
