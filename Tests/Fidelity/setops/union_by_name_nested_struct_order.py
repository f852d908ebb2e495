# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    a = items.select("id", F.struct(F.col("info.color").alias("c"), F.col("info.size").alias("s")).alias("st"))
    b = items.select("id", F.struct(F.col("info.size").alias("s"), F.col("info.color").alias("c")).alias("st"))
    return a.unionByName(b)
