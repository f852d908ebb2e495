# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    a = items.select(F.struct(F.col("id").alias("x")).alias("s"))
    b = items.select(F.struct(F.col("id").alias("y")).alias("s"))
    return a.union(b)
