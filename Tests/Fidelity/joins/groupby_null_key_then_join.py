# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    left_totals = lhs.groupBy("k").agg(F.sum("v").alias("v_total"), F.count("*").alias("n"))
    return left_totals.join(rhs.select("k", "w"), on="k", how="left")
