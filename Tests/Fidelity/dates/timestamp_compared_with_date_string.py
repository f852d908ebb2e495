# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.filter(F.col("event_time") < "2024-05-02").filter(F.col("event_time") >= F.lit("2024-05-01 10:00")).select("user_id", "event_time")
