# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    return items.select("id", F.col("info").cast("string").alias("i"), F.col("tags").cast("string").alias("t"), F.col("attrs").cast("string").alias("m"))
