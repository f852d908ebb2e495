# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.select("k", "v").unionByName(rhs.select(F.col("w").alias("v"), "k")).groupBy("k").agg(F.sum("v").alias("s"))
