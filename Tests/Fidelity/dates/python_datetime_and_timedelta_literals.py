# data: events.json

import datetime
from pyspark.sql import functions as F


def solve(events):
    cutoff = datetime.datetime(2024, 5, 1, 12, 0, 0)
    return events.filter(F.col("event_time") >= F.lit(cutoff)).select("user_id", (F.col("event_time") + F.lit(datetime.timedelta(hours=1, minutes=30))).alias("later"),
                                                                      F.lit(datetime.date(2024, 5, 1)).alias("day"))
