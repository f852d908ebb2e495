# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return orders.groupBy(F.date_format("order_date", "yyyy-MM").alias("ym")).agg(F.sum("amount").alias("total"), F.count("*").alias("n")).orderBy("ym")
