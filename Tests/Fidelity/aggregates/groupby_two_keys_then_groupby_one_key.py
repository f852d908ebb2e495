# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    per_region_year = sales.groupBy("region", "year").agg(F.sum("amount").alias("total"))
    return per_region_year.groupBy("region").agg(F.max("total").alias("best_year_total"))
