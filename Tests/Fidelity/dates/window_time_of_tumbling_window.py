# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.window("event_time", "1 hour")).agg(F.count("*").alias("n")).select(F.window_time("window").alias("wt"), "n")
