# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return (orders.groupBy(F.date_trunc("week", "order_date").alias("week_start"))
            .agg(F.sum("amount").alias("total"), F.count("*").alias("n"))
            .withColumn("week_start_date", F.to_date("week_start")))
