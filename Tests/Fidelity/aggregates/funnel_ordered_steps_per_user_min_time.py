# data: events.json

from pyspark.sql import functions as F


def solve(events):
    per_user = events.groupBy("user_id").agg(
        F.min(F.when(F.col("event_type") == "view", F.col("event_time"))).alias("first_view"),
        F.min(F.when(F.col("event_type") == "click", F.col("event_time"))).alias("first_click"),
        F.min(F.when(F.col("event_type") == "purchase", F.col("event_time"))).alias("first_purchase"),
    )
    reached_click = F.col("first_click") >= F.col("first_view")
    reached_purchase = reached_click & (F.col("first_purchase") >= F.col("first_click"))
    return per_user.agg(
        F.count("first_view").alias("step1"),
        F.sum(F.when(reached_click, 1).otherwise(0)).alias("step2"),
        F.sum(F.when(reached_purchase, 1).otherwise(0)).alias("step3"),
    )
