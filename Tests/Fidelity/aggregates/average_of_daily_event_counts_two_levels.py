# data: events.json

from pyspark.sql import functions as F


def solve(events):
    daily = events.groupBy("user_id", F.to_date("event_time").alias("day")).count()
    return daily.groupBy("user_id").agg(F.avg("count").alias("avg_daily_events"), F.countDistinct("day").alias("active_days"))
