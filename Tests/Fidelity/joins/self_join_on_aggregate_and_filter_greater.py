# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(orders):
    avg = orders.groupBy("customer_id").agg(F.avg("amount").alias("avg_amt"))
    return orders.join(avg, "customer_id").filter(F.col("amount") > F.col("avg_amt")).select("order_id")
