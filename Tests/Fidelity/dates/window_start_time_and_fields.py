# data: events.json
from pyspark.sql import functions as F


def solve(events):
    w = F.window("event_time", "10 minutes", startTime="3 minutes")
    return events.select("user_id", w.alias("w"), w.start.alias("starts"), w.end.alias("ends"))
