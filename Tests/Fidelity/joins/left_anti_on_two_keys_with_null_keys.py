# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    keyed = rhs.select("k", F.col("w").alias("v10")).withColumn("v10", (F.col("v10") / 10).cast("int"))
    return lhs.join(keyed, (lhs.k == keyed.k) & (lhs.v == keyed.v10), "left_anti")
