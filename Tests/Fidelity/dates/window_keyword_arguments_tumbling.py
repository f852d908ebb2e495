# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.window(timeColumn="event_time", windowDuration="2 hours", startTime="30 minutes")).agg(F.count("*").alias("n"))
