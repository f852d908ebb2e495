from pyspark.sql import DataFrame, functions as F


def solve(page_views: DataFrame) -> DataFrame:
    views = page_views.where(F.col("session_id").isNotNull() & F.col("view_ts").isNotNull())
    known_visits = F.collect_list(F.when(F.col("page").isNotNull(), F.struct("view_ts", "page")))
    return (
        views.groupBy("session_id")
        .agg(F.sort_array(known_visits).alias("visits"))
        .select("session_id", F.col("visits.page").alias("path"))
        .withColumn("reached_checkout", F.array_contains("path", "checkout"))
    )
