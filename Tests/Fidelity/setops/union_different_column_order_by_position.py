# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs):
    a = lhs.select("k", "v")
    b = lhs.select("v", "k")
    return a.union(b)
