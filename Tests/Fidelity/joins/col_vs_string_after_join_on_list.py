# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    j = lhs.join(rhs, ["k"], "left_outer")
    return j.select("k", F.col("k").alias("k2"), lhs["name"].alias("lname"), rhs.name.alias("rname"), "v", F.col("w"))
