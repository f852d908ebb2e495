# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    gap = F.col("event_time").cast("long") - F.lag("event_time").over(w).cast("long")
    marked = events.withColumn("is_new", F.when(gap.isNull() | (gap > 30 * 60), 1).otherwise(0))
    sessions = marked.withColumn("session", F.sum("is_new").over(w))
    return sessions.groupBy("user_id", "session").agg(
        F.count("*").alias("events"),
        F.min("event_time").alias("started"),
        (F.max("event_time").cast("long") - F.min("event_time").cast("long")).alias("seconds"),
    )
