# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.select("user_id", F.window("event_time", "15 minutes", "5 minutes").alias("w"))
