# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    first = F.min("event_time").over(Window.partitionBy("user_id"))
    diff = F.col("event_time") - first
    return events.select("user_id", "event_time", diff.alias("elapsed"), F.extract(F.lit("MINUTE"), diff).alias("mins"), F.timestamp_diff("SECOND", first, "event_time").alias("secs"))
