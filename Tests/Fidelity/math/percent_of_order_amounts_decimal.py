# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    total = orders.agg(F.sum("amount").alias("t")).collect()[0]["t"]
    return orders.groupBy("status").agg(F.sum("amount").alias("amt")).select(
        "status", "amt", F.round(F.col("amt") / F.lit(total) * 100, 2).alias("pct"),
        (F.col("amt") * 1.1).alias("with_tax"), (F.col("amt") / 3).alias("third"))
