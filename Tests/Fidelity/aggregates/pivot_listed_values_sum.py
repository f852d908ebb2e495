# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("region").pivot("quarter", ["Q1", "Q2", "Q3"]).agg(F.sum("amount"))
