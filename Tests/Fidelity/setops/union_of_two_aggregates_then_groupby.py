# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    by_2023 = sales.where("year = 2023").groupBy("region").agg(F.sum("amount").alias("total"))
    by_2024 = sales.where("year = 2024").groupBy("region").agg(F.sum("amount").alias("total"))
    return by_2023.union(by_2024).groupBy("region").agg(F.sum("total").alias("total"), F.count("*").alias("years"))
