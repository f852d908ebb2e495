# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.hint("shuffle_replicate_nl").join(rhs, "k", "inner").select("k", "v", "w")
