# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.window("event_time", "1 hour 30 minutes")).agg(F.countDistinct("user_id").alias("users"))
