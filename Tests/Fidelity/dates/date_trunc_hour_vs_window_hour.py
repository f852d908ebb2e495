# data: events.json

from pyspark.sql import functions as F


def solve(events):
    by_trunc = events.groupBy(F.date_trunc("hour", "event_time").alias("start")).count()
    by_window = events.groupBy(F.window("event_time", "1 hour")).count().select(F.col("window.start").alias("start"), F.col("count").alias("wcount"))
    return by_trunc.join(by_window, "start")
