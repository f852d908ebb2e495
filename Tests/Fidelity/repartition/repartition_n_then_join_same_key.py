# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.repartition(200, "k").join(rhs.repartition(200, "k"), "k").select("k", "v", "w")
