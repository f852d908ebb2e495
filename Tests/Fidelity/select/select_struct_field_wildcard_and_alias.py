# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    return items.select(F.col("info.color").alias("c"), F.col("info")["size"].alias("s"), "id")
