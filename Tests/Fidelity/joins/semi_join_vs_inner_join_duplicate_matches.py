# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    inner = lhs.join(rhs.select("k"), "k").groupBy().agg(F.count("*").alias("n")).withColumn("kind", F.lit("inner"))
    semi = lhs.join(rhs, "k", "left_semi").groupBy().agg(F.count("*").alias("n")).withColumn("kind", F.lit("semi"))
    return inner.union(semi)
