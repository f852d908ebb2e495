from pyspark.sql import DataFrame, functions as F


def solve(events: DataFrame) -> DataFrame:
    active = (
        events.where(F.col("user_id").isNotNull() & F.col("event_date").isNotNull())
        .select("user_id", "event_date")
        .distinct()
    )
    daily = active.groupBy("event_date").agg(F.count("*").alias("daily_active_users"))
    covered_days = F.explode(F.sequence(F.col("event_date"), F.date_add("event_date", 6)))
    weekly = (
        active.select("user_id", covered_days.alias("event_date"))
        .groupBy("event_date")
        .agg(F.countDistinct("user_id").alias("weekly_active_users"))
    )
    return daily.join(weekly, "event_date")
