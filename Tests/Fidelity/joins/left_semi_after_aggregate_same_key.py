# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    big = orders.groupBy("customer_id").agg(F.sum("amount").alias("total")).where("total > 100")
    return big.join(customers.where("city = 'Pune'"), "customer_id", "left_semi")
