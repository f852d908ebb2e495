# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("region").pivot("product", ["apple", "pear", "plum"]).agg(F.max("amount")).fillna(0).orderBy("region")
