# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    return (orders.join(customers, "customer_id")
            .groupBy("city")
            .agg(F.round(F.avg("amount"), 2).alias("aov"), F.countDistinct("customer_id").alias("buyers")))
