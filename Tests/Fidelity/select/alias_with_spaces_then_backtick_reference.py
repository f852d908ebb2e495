# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    totals = sales.groupBy("region").agg(F.sum("amount").alias("total sales"), F.count("*").alias("order.count"))
    return totals.select("region", F.col("`total sales`") * 2, F.col("`order.count`").alias("n")).withColumnRenamed("region", "Region Name")
