# data: nullkeys.json

from pyspark.sql import functions as F


def solve(lhs, rhs):
    return (lhs.join(rhs, on="k", how="full")
            .select("k", lhs.name.alias("l_name"), rhs.name.alias("r_name"), F.coalesce("v", "w").alias("value")))
