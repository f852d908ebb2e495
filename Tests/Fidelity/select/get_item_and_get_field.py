# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    return items.select("id", F.col("tags").getItem(0).alias("t0"), F.col("attrs").getItem("a").alias("a"), F.col("info").getField("color").alias("color"), F.col("scores")[0]).filter(F.col("id").isin(1, 2, 5))
