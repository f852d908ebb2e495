# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    return customers.join(orders, "customer_id").groupBy("city").agg(F.sum("amount").alias("spend"))
