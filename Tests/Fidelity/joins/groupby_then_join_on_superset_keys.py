# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    per_region = sales.groupBy("region").agg(F.sum("amount").alias("region_total"))
    per_region_product = sales.groupBy("region", "product").agg(F.sum("amount").alias("product_total"))
    return per_region_product.join(per_region, "region").select("region", "product", (F.col("product_total") / F.col("region_total")).alias("share"))
