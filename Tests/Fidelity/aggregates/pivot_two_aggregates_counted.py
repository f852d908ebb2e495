# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("region").pivot("year", [2023, 2024]).agg(F.sum("amount").alias("total"), F.count("amount"))
