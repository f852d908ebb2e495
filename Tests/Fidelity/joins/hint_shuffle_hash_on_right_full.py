# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.join(rhs.hint("shuffle_hash"), "k", "full").select("k", "v", "w")
