# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return (events
            .withColumn("day", F.to_date("event_time"))
            .groupBy(F.date_trunc("day", "event_time").alias("day_start"), "day")
            .agg(F.countDistinct("user_id").alias("dau"), F.count("*").alias("events")))
