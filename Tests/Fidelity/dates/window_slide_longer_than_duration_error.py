# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.window("event_time", "10 minutes", "1 hour")).count()
