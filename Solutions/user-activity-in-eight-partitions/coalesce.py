# Known plan problem: coalesce() only merges partitions, it never adds any. After the
# aggregation the result has fewer than 8 partitions, so coalesce(8) leaves it as it is.
from pyspark.sql import DataFrame, functions as F


def solve(events: DataFrame) -> DataFrame:
    return (
        events.where(F.col("user_id").isNotNull())
        .groupBy("user_id")
        .agg(
            F.count("*").alias("events"),
            F.min("event_time").alias("first_event"),
            F.max("event_time").alias("last_event"),
        )
        .coalesce(8)
    )
