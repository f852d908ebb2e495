# Known wrong: only the weeks in which somebody of the cohort came back get a row.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(logins: DataFrame) -> DataFrame:
    per_user = Window.partitionBy("user_id")
    weekly = (
        logins.where(F.col("user_id").isNotNull() & F.col("login_date").isNotNull())
        .withColumn("cohort_week", F.trunc(F.min("login_date").over(per_user), "week"))
        .withColumn("week_number", (F.datediff(F.trunc("login_date", "week"), F.col("cohort_week")) / 7).cast("int"))
        .where(F.col("week_number") <= 4)
    )
    active = weekly.groupBy("cohort_week", "week_number").agg(F.countDistinct("user_id").alias("active_users"))
    sizes = active.where(F.col("week_number") == 0).select("cohort_week", F.col("active_users").alias("cohort_size"))
    return (
        active.join(sizes, "cohort_week")
        .select("cohort_week", "week_number", "cohort_size", "active_users")
        .withColumn("retention", F.col("active_users") / F.col("cohort_size"))
        .orderBy("cohort_week", "week_number")
    )
