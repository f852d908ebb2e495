from pyspark.sql import DataFrame, functions as F


def solve(page_views: DataFrame, users: DataFrame) -> DataFrame:
    # Rows with a null key can never match: keep them out of the join's shuffle.
    anonymous = page_views.where(F.col("user_id").isNull()).select(F.lit("anonymous").alias("plan"))
    signed_in = (
        page_views.where(F.col("user_id").isNotNull())
        .join(users, "user_id", "left")
        .select(F.coalesce(F.col("plan"), F.lit("unknown")).alias("plan"))
    )
    return signed_in.unionByName(anonymous).groupBy("plan").agg(F.count("*").alias("views"))
