# Also right, with a shorter plan: one row per cohort with a count per week (zeros included),
# then posexplode those five counts into five rows. No grid and no join.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window

WEEKS = 4


def solve(logins: DataFrame) -> DataFrame:
    per_user = Window.partitionBy("user_id")
    active = (
        logins.where(F.col("user_id").isNotNull() & F.col("login_date").isNotNull())
        .withColumn("cohort_week", F.trunc(F.min("login_date").over(per_user), "week"))
        .withColumn(
            "week_number",
            (F.datediff(F.trunc("login_date", "week"), F.col("cohort_week")) / 7).cast("int"),
        )
        .where(F.col("week_number") <= WEEKS)
        .select("cohort_week", "week_number", "user_id")
        .distinct()
    )
    per_cohort = active.groupBy("cohort_week").agg(
        *[F.count(F.when(F.col("week_number") == week, True)).alias(f"week_{week}") for week in range(WEEKS + 1)]
    )
    return (
        per_cohort.select(
            "cohort_week",
            F.col("week_0").alias("cohort_size"),
            F.posexplode(F.array(*[F.col(f"week_{week}") for week in range(WEEKS + 1)])),
        )
        .withColumnRenamed("pos", "week_number")
        .withColumnRenamed("col", "active_users")
        .select(
            "cohort_week",
            "week_number",
            "cohort_size",
            "active_users",
            (F.col("active_users") / F.col("cohort_size")).alias("retention"),
        )
        .orderBy("cohort_week", "week_number")
    )
