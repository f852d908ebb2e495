# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return (sales.cube("region", "product")
            .agg(F.sum("amount").alias("total"), F.grouping("region").alias("g_region"),
                 F.grouping("product").alias("g_product"), F.grouping_id().alias("gid"))
            .filter(F.col("gid") != 1)
            .orderBy("gid", "region", "product"))
