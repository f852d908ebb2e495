# Known wrong: counts 7-day periods since the first login instead of calendar weeks.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(logins: DataFrame) -> DataFrame:
    per_user = Window.partitionBy("user_id")
    weekly = (
        logins.where(F.col("user_id").isNotNull() & F.col("login_date").isNotNull())
        .withColumn("first_login", F.min("login_date").over(per_user))
        .withColumn("cohort_week", F.trunc("first_login", "week"))
        .withColumn("week_number", F.floor(F.datediff("login_date", "first_login") / 7).cast("int"))
        .where(F.col("week_number") <= 4)
    )
    active = weekly.groupBy("cohort_week", "week_number").agg(F.countDistinct("user_id").alias("active_users"))
    grid = active.where(F.col("week_number") == 0).select(
        "cohort_week", F.col("active_users").alias("cohort_size"), F.explode(F.sequence(F.lit(0), F.lit(4))).alias("week_number")
    )
    return (
        grid.join(active, ["cohort_week", "week_number"], "left")
        .select("cohort_week", "week_number", "cohort_size", F.coalesce(F.col("active_users"), F.lit(0)).alias("active_users"))
        .withColumn("retention", F.col("active_users") / F.col("cohort_size"))
        .orderBy("cohort_week", "week_number")
    )
