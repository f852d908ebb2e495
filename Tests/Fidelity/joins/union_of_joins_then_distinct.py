# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    a = lhs.join(rhs, "k").select("k")
    b = lhs.join(rhs, "k", "left").select("k")
    return a.union(b).distinct()
