# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    third = rhs.groupBy("k").agg(F.max("w").alias("mw"))
    return lhs.join(rhs, "k").join(third, "k").select("k", "v", "w", "mw")
