# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    per_region = sales.groupBy("region").agg(F.sum("amount").alias("total"), F.count("*").alias("n"))
    return per_region.groupBy("region", "n").agg(F.max("total").alias("total"))
