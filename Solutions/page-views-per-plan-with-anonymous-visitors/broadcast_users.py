# Also right: with users small enough to broadcast, page_views is not shuffled for the join at
# all, so its null keys cannot pile up in one partition.
from pyspark.sql import DataFrame, functions as F


def solve(page_views: DataFrame, users: DataFrame) -> DataFrame:
    plan = (
        F.when(F.col("user_id").isNull(), F.lit("anonymous"))
        .otherwise(F.coalesce(F.col("plan"), F.lit("unknown")))
    )
    return (
        page_views.join(F.broadcast(users), "user_id", "left")
        .groupBy(plan.alias("plan"))
        .agg(F.count("*").alias("views"))
    )
