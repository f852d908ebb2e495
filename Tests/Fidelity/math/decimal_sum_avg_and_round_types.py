# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return orders.groupBy("status").agg(
        F.sum("amount").alias("total"),
        F.avg("amount").alias("mean"),
        F.round(F.avg("amount"), 1).alias("mean_1dp"),
        (F.sum("amount") * 1.1).alias("with_tax"),
        (F.sum("amount") / F.count("*")).alias("manual_mean"),
        F.max("amount").cast("int").alias("max_int"),
    )
