# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("region").pivot("quarter").agg(F.max("product"))
