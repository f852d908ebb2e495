# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    a = lhs.join(rhs, "k").select("k", "v")
    b = lhs.join(rhs, "k", "left_anti").select("k", "v")
    return a.union(b).groupBy("k").agg(F.sum("v").alias("sv"))
