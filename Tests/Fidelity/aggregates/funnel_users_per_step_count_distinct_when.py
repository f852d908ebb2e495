# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.agg(
        F.countDistinct(F.when(F.col("event_type") == "view", F.col("user_id"))).alias("viewed"),
        F.countDistinct(F.when(F.col("event_type") == "click", F.col("user_id"))).alias("clicked"),
        F.countDistinct(F.when(F.col("event_type") == "purchase", F.col("user_id"))).alias("purchased"),
        F.count_if(F.col("page").isNull()).alias("no_page_events"),
    )
