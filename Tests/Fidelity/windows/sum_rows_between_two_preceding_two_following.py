# data: readings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(readings):
    w = Window.partitionBy("sensor").orderBy("ts").rowsBetween(-2, 2)
    return readings.select("sensor", "ts", F.sum("n").over(w).alias("s"), F.avg("v").over(w).alias("a"), F.count("v").over(w).alias("c"))
