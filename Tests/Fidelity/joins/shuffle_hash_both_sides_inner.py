# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.hint("shuffle_hash").join(rhs.hint("shuffle_hash"), "k").select("k", "v", "w")
