# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return F.broadcast(lhs).join(F.broadcast(rhs), "k", "left").select("k", "v", "w")
