# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    joined = lhs.join(rhs, lhs.k == rhs.k, "full_outer")
    return joined.select(
        F.coalesce(lhs.k, rhs.k).alias("key"),
        lhs.name.alias("left_name"),
        rhs.name.alias("right_name"),
        (F.coalesce(lhs.v, F.lit(0)) + F.coalesce(rhs.w, F.lit(0))).alias("total"),
    )
