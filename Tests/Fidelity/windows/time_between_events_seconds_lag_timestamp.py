# data: readings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(readings):
    w = Window.partitionBy("sensor").orderBy("ts")
    return readings.select("sensor", "ts", (F.col("ts") - F.lag("ts").over(w)).alias("since_prev"), (F.col("ts").cast("long") - F.lag("ts").over(w).cast("long")).alias("secs"))
