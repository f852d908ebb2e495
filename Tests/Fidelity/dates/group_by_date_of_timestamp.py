# data: events.json
from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.to_date("event_time").alias("day")).agg(F.countDistinct("user_id").alias("users"))
