# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    busy = orders.groupBy("customer_id").count().filter(F.col("count") >= 2)
    return busy.agg(F.count("*").alias("busy_customers"))
