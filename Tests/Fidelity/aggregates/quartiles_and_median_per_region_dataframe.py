# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("region").agg(
        F.percentile_approx("amount", [0.25, 0.5, 0.75]).alias("quartiles"),
        F.median("amount").alias("median"),
        F.percentile("amount", 0.9).alias("p90"),
    )
