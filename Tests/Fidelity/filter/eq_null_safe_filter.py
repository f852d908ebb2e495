# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs):
    return lhs.filter(F.col("k").eqNullSafe(None) | F.col("k").eqNullSafe(1))
