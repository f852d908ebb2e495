# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs):
    return lhs.select(
        "k",
        "v",
        F.equal_null("k", "v").alias("equal_null"),
        F.col("k").eqNullSafe(F.col("v")).alias("eq_null_safe"),
        (F.col("k") == F.col("v")).alias("plain_eq"),
    )
