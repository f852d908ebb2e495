# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    spend = orders.groupBy("customer_id").agg(F.sum("amount").alias("spend"))
    visits = orders.groupBy("customer_id").agg(F.count("*").alias("n"))
    return spend.join(visits, "customer_id")
