# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("region", "product").agg(F.sum("amount").alias("t")).select("region").distinct()
