# data: nullkeys.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs, rhs):
    return lhs.select("k", "name").union(rhs.select("k", "name")).orderBy(F.col("k").desc_nulls_last(), "name")
