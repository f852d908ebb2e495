# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.window("event_time", "1 day")).agg(F.count("*").alias("n")).select(F.col("window.start"), F.col("window.end"), "n")
