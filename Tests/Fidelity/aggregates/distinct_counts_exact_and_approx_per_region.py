# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("region").agg(
        F.countDistinct("product", "year").alias("product_years"),
        F.approx_count_distinct("quarter").alias("quarters"),
        F.count_distinct("product").alias("products"),
        F.sum_distinct("amount").alias("distinct_amount_sum"),
    )
