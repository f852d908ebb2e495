# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.join(rhs, "k", "inner").select("k", lhs.name, rhs.name, "v", "w")
