# data: readings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(readings):
    w = Window.partitionBy("sensor").orderBy("ts")
    return readings.select("sensor", "ts", F.lag("v", 1, 0).over(w).alias("prev_v"), F.lead("day", 1, "2099-01-01").over(w).alias("next_day"))
