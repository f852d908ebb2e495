# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.orderBy("v").limit(2).select("k").union(rhs.orderBy(F.desc("w")).limit(2).select("k"))
