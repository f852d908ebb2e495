# Known wrong: fixed 30-minute buckets cut sessions at clock boundaries.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(events: DataFrame) -> DataFrame:
    buckets = (
        events.where(F.col("user_id").isNotNull() & F.col("event_ts").isNotNull())
        .withColumn("bucket", F.floor(F.unix_seconds("event_ts") / 1800))
        .groupBy("user_id", "bucket")
        .agg(
            F.min("event_ts").alias("session_start"),
            F.max("event_ts").alias("session_end"),
            F.count("*").alias("events"),
        )
    )
    in_order = Window.partitionBy("user_id").orderBy("session_start")
    return buckets.select(
        "user_id",
        F.row_number().over(in_order).alias("session_number"),
        "session_start",
        "session_end",
        "events",
    )
