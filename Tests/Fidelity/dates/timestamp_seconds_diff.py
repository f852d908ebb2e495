# data: events.json
from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    prev = F.lag("event_time").over(w)
    return events.select("user_id", "event_time", (F.col("event_time").cast("long") - prev.cast("long")).alias("secs"))
