# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    keys = lhs.select("k", "v").union(rhs.select("k", F.col("w").alias("v")))
    totals = keys.groupBy("k").agg(F.sum("v").alias("total"))
    return totals.join(lhs.groupBy("k").count(), "k")
