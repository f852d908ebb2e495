# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.window("event_time", "1 day", "1 day", "-2 hours")).count()
