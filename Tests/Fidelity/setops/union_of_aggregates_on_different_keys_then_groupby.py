# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    by_region = sales.groupBy("region").agg(F.sum("amount").alias("total")).select(F.col("region").alias("label"), "total")
    by_product = sales.groupBy("product").agg(F.sum("amount").alias("total")).select(F.col("product").alias("label"), "total")
    return by_region.union(by_product).groupBy("label").agg(F.sum("total").alias("total"))
