# data: events.json
from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    gap = F.col("event_time").cast("long") - F.lag("event_time").over(w).cast("long")
    starts = events.withColumn("new_session", F.when(gap.isNull() | (gap > 1800), 1).otherwise(0))
    return starts.withColumn("session_id", F.sum("new_session").over(w)).select("user_id", "event_time", "session_id")
