# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.select("k", "v").union(rhs.select("k", "w")).union(lhs.select(F.col("v").alias("x"), F.col("k").alias("y")))
