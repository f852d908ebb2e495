# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    march = orders.filter(F.month("order_date") == 3)
    return customers.join(march, on="customer_id", how="left_anti").orderBy("customer_id")
