# Known plan problem: right rows, but every view with a null user_id is hashed to the same
# shuffle partition of the sort-merge join, so one task does a large share of the work.
from pyspark.sql import DataFrame, functions as F


def solve(page_views: DataFrame, users: DataFrame) -> DataFrame:
    plan = (
        F.when(F.col("user_id").isNull(), F.lit("anonymous"))
        .otherwise(F.coalesce(F.col("plan"), F.lit("unknown")))
    )
    return (
        page_views.join(users, "user_id", "left")
        .groupBy(plan.alias("plan"))
        .agg(F.count("*").alias("views"))
    )
