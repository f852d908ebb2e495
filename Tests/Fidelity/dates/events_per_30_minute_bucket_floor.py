# data: events.json

from pyspark.sql import functions as F


def solve(events):
    bucket = (F.floor(F.unix_timestamp("event_time") / 1800) * 1800).cast("timestamp")
    return events.groupBy(bucket.alias("bucket")).agg(F.count("*").alias("n"))
