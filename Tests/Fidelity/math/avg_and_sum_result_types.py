# data: decimals.json

from pyspark.sql import functions as F


def solve(amounts):
    return amounts.agg(
        F.sum("price"), F.avg("price"), F.sum("qty"), F.avg("qty"), F.sum("ratio"), F.avg("rate"), F.max("price"),
        F.sum(F.col("price") * F.col("qty")),
    )
