# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    a = lhs.select("k", "v").repartition("k")
    b = rhs.select("k", F.col("w").alias("v")).repartition("k")
    return a.unionAll(b).groupBy("k").agg(F.sum("v").alias("total"))
