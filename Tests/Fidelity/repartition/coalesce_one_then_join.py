# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.coalesce(1).join(rhs, "k").select("k", "v", "w")
