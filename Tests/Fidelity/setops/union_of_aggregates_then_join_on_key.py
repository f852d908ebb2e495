# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    y23 = sales.where("year = 2023").groupBy("region").agg(F.sum("amount").alias("total"))
    y24 = sales.where("year = 2024").groupBy("region").agg(F.sum("amount").alias("total"))
    counts = sales.groupBy("region").count()
    return y23.union(y24).join(counts, "region")
