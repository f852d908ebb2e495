# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.join(rhs, lhs.k == rhs.k, "cross").select(lhs.k, lhs.name, rhs.name)
