# data: decimals.json

from pyspark.sql import functions as F


def solve(amounts):
    return amounts.select(
        "id",
        F.round("rate", 2).alias("r2"),
        F.bround("rate", 3).alias("b3"),
        F.round("price", -1).alias("r_neg"),
        F.round(F.col("price") * F.col("rate"), 2).alias("tax"),
        F.ceil("rate").alias("c"),
        F.floor(F.col("price") / 3).alias("f"),
    )
