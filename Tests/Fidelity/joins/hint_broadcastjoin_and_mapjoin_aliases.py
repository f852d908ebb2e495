# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    a = lhs.join(rhs.hint("mapjoin"), "k").select("k", "v")
    b = lhs.join(rhs.hint("BROADCASTJOIN"), "k").select("k", "v")
    return a.union(b)
