# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    spent = orders.groupBy("customer_id").agg(F.sum("amount").alias("spent"))
    joined = customers.join(spent, "customer_id")
    best = joined.groupBy("city").agg(F.max(F.struct("spent", "name")).alias("top"))
    return best.select("city", F.col("top.name").alias("customer"), F.col("top.spent").alias("spent"))
