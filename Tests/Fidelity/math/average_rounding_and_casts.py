# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("region").agg(
        F.round(F.avg("amount"), 2).alias("avg2"), F.avg("amount").cast("int").alias("avg_int"),
        F.format_number(F.avg("amount"), 1).alias("avg_text"), F.ceil(F.avg("amount")).alias("avg_ceil"),
        (F.sum("amount") / F.countDistinct("product")).alias("per_product"),
    )
