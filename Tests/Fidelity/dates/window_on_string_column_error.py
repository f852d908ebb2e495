# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.window("page", "10 minutes")).count()
