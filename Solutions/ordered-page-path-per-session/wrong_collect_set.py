# Known wrong: collect_set drops repeated pages and has no order.
from pyspark.sql import DataFrame, functions as F


def solve(page_views: DataFrame) -> DataFrame:
    views = page_views.where(F.col("session_id").isNotNull() & F.col("view_ts").isNotNull())
    return (
        views.groupBy("session_id")
        .agg(F.collect_set("page").alias("path"))
        .withColumn("reached_checkout", F.array_contains("path", "checkout"))
    )
