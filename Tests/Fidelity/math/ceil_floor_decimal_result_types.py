# data: decimals.json

from pyspark.sql import functions as F


def solve(amounts):
    return amounts.select(
        "id",
        F.ceil("price").alias("c"),
        F.floor("rate").alias("f"),
        F.ceil("ratio").alias("cd"),
        F.ceil("price", 1).alias("c1"),
        F.floor(F.col("price"), -2).alias("f_neg"),
        F.round("ratio").alias("r"),
    )
