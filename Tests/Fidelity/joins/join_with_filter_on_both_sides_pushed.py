# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.filter("v > 10").join(rhs.filter("w < 300"), "k").select("k", "v", "w")
