# data: events.json
# ordered: true

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.hour("event_time").alias("hour")).agg(F.count("*").alias("events")).orderBy(F.desc("events"), "hour")
