# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    gap = F.unix_timestamp("event_time") - F.unix_timestamp(F.lag("event_time").over(w))
    flagged = events.withColumn("new", F.when(gap.isNull() | (gap > 1800), 1).otherwise(0))
    sessions = flagged.withColumn("session", F.sum("new").over(w))
    return sessions.groupBy("user_id", "session").agg(F.min("event_time").alias("start"), F.max("event_time").alias("end"), F.count("*").alias("events"))
