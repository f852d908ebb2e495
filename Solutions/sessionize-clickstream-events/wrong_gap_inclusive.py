# Known wrong: a gap of exactly 30 minutes must not start a new session.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window

MAX_GAP_SECONDS = 30 * 60


def solve(events: DataFrame) -> DataFrame:
    by_time = Window.partitionBy("user_id").orderBy("event_ts")
    running = by_time.rowsBetween(Window.unboundedPreceding, Window.currentRow)
    previous = F.lag("event_ts").over(by_time)
    gap = F.unix_seconds("event_ts") - F.unix_seconds(previous)
    starts_session = F.when(previous.isNull() | (gap >= MAX_GAP_SECONDS), 1).otherwise(0)
    return (
        events.where(F.col("user_id").isNotNull() & F.col("event_ts").isNotNull())
        .withColumn("starts_session", starts_session)
        .withColumn("session_number", F.sum("starts_session").over(running))
        .groupBy("user_id", "session_number")
        .agg(
            F.min("event_ts").alias("session_start"),
            F.max("event_ts").alias("session_end"),
            F.count("*").alias("events"),
        )
    )
