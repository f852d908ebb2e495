# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    return items.select("id", F.col("info").withField("size", F.col("info.size") * 10).alias("bigger"), F.col("info").dropFields("size").alias("only_color"), F.col("info").withField("extra", F.lit(1)).alias("extra"))
