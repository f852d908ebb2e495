# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    cond = (lhs.k == rhs.k) | (lhs.v * 10 == rhs.w)
    return lhs.join(rhs, cond, "inner").select(lhs.name.alias("l"), rhs.name.alias("r"))
