# Known wrong: summing daily counts counts a user once per active day of the week.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(events: DataFrame) -> DataFrame:
    daily = (
        events.where(F.col("user_id").isNotNull() & F.col("event_date").isNotNull())
        .groupBy("event_date")
        .agg(F.countDistinct("user_id").alias("daily_active_users"))
    )
    week = Window.orderBy(F.unix_date("event_date")).rangeBetween(-6, 0)
    return daily.withColumn("weekly_active_users", F.sum("daily_active_users").over(week))
