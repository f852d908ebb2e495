# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    parts = [sales.where(F.col("year") == y).groupBy("region").agg(F.sum("amount").alias("t")) for y in (2023, 2024)]
    parts.append(sales.groupBy("region").agg(F.max("amount").alias("t")))
    out = parts[0]
    for p in parts[1:]:
        out = out.union(p)
    return out.groupBy("region").agg(F.sum("t").alias("t"))
