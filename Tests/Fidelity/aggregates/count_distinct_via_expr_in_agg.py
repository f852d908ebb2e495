# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return orders.groupBy("status").agg(F.expr("count(DISTINCT customer_id)").alias("customers"),
                                        F.countDistinct(F.month("order_date")).alias("months"))
