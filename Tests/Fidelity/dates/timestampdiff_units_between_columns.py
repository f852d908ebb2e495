# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    first = F.min("event_time").over(Window.partitionBy("user_id"))
    return events.select("user_id", "event_time", F.expr("timestampdiff(MINUTE, min(event_time) OVER (PARTITION BY user_id), event_time)").alias("mins"),
                         (F.unix_timestamp("event_time") - F.unix_timestamp(first)).alias("secs"))
