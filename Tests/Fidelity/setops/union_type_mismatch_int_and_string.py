# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(lhs):
    return lhs.select("k").union(lhs.select("name"))
