# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.select("k", "name").union(rhs.select("k", "name")).dropDuplicates(["k"]).select("k")
