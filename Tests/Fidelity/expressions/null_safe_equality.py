# data: nullkeys.json
from pyspark.sql import functions as F


def solve(lhs):
    return lhs.select("name", (F.col("k") == 1).alias("eq"), F.col("k").eqNullSafe(None).alias("both_null"), (F.col("k") == None).alias("eq_null"))
