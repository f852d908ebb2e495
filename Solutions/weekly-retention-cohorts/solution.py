from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window

WEEKS = 4


def solve(logins: DataFrame) -> DataFrame:
    per_user = Window.partitionBy("user_id")
    weekly = (
        logins.where(F.col("user_id").isNotNull() & F.col("login_date").isNotNull())
        .withColumn("cohort_week", F.trunc(F.min("login_date").over(per_user), "week"))
        .withColumn(
            "week_number",
            (F.datediff(F.trunc("login_date", "week"), F.col("cohort_week")) / 7).cast("int"),
        )
        .where(F.col("week_number") <= WEEKS)
    )
    active = weekly.groupBy("cohort_week", "week_number").agg(
        F.countDistinct("user_id").alias("active_users")
    )
    grid = (
        active.where(F.col("week_number") == 0)
        .select(
            "cohort_week",
            F.col("active_users").alias("cohort_size"),
            F.explode(F.sequence(F.lit(0), F.lit(WEEKS))).alias("week_number"),
        )
    )
    return (
        grid.join(active, ["cohort_week", "week_number"], "left")
        .select(
            "cohort_week",
            "week_number",
            "cohort_size",
            F.coalesce(F.col("active_users"), F.lit(0)).alias("active_users"),
        )
        .withColumn("retention", F.col("active_users") / F.col("cohort_size"))
        .orderBy("cohort_week", "week_number")
    )
