# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    keys = lhs.select("k").intersect(rhs.select("k"))
    return keys.join(lhs, "k").select("k", "name")
