# data: decimals.json

from pyspark.sql import functions as F


def solve(amounts):
    return amounts.select(
        "id",
        (F.col("price") * F.col("qty")).alias("line"),
        (F.col("price") * F.col("rate")).alias("taxed"),
        (F.col("price") / F.col("qty")).alias("unit"),
        (F.col("price") + F.col("ratio")).alias("plus_double"),
        (F.col("price") - 0.01).alias("minus_lit"),
        (F.col("rate") * 100).alias("pct"),
    )
