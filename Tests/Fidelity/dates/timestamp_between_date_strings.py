# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.filter(F.col("event_time").between("2024-05-01", "2024-05-01 23:59:59")).select("user_id", "event_time")
