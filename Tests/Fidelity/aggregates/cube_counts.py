# data: sales.json
from pyspark.sql import functions as F


def solve(sales):
    return sales.cube("region", "year").agg(F.count("*").alias("n"), F.grouping("region").alias("g_region"))
