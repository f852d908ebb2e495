# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return (sales.groupBy("product")
            .pivot("year", [2023, 2024, 2025])
            .agg(F.sum("amount").alias("total"), F.count("*").alias("n")))
