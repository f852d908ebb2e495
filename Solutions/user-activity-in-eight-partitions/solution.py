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
        .repartition(8)
    )
