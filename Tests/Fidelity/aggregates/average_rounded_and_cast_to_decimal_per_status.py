# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return orders.groupBy("status").agg(
        F.round(F.avg("amount"), 1).alias("avg1"),
        F.avg("amount").cast("decimal(10,2)").alias("avg2"),
        F.bround(F.sum("amount") / F.count("*"), 2).alias("manual"),
    )
