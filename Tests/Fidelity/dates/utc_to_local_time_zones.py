# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.select(
        "user_id", "event_time",
        F.from_utc_timestamp("event_time", "Asia/Kolkata").alias("ist"),
        F.from_utc_timestamp("event_time", "America/New_York").alias("new_york"),
        F.to_utc_timestamp("event_time", "Europe/Berlin").alias("from_berlin"),
    ).where(F.col("user_id") <= 2)
