# data: events.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    paths = events.select("user_id", "event_time", F.collect_list("event_type").over(w).alias("path"))
    return paths.groupBy("user_id").agg(F.max(F.size("path")).alias("steps"), F.max_by("path", "event_time").alias("full_path"))
