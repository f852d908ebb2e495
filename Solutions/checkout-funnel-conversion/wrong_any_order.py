# Known wrong: counts every user who ever carted or purchased, whatever came first.
from pyspark.sql import DataFrame, functions as F


def solve(events: DataFrame) -> DataFrame:
    valid = events.where(F.col("user_id").isNotNull() & F.col("event_time").isNotNull())
    per_user = valid.groupBy("user_id").agg(
        F.max(F.col("event_type") == "view").alias("viewed"),
        F.max((F.col("event_type") == "cart")).alias("carted"),
        F.max((F.col("event_type") == "purchase")).alias("purchased"),
    )
    viewed = per_user.where("viewed")
    totals = viewed.agg(
        F.count("*").alias("viewed"),
        F.count(F.when(F.col("carted"), True)).alias("carted"),
        F.count(F.when(F.col("carted") & F.col("purchased"), True)).alias("purchased"),
    )
    steps = totals.select(
        F.explode(F.array(
            F.struct(F.lit(1).alias("step"), F.lit("view").alias("step_name"), F.col("viewed").alias("users"), F.lit(None).cast("bigint").alias("previous")),
            F.struct(F.lit(2).alias("step"), F.lit("cart").alias("step_name"), F.col("carted").alias("users"), F.col("viewed").alias("previous")),
            F.struct(F.lit(3).alias("step"), F.lit("purchase").alias("step_name"), F.col("purchased").alias("users"), F.col("carted").alias("previous")),
        )).alias("s"),
        "viewed",
    )
    return steps.select(
        "s.step", "s.step_name", "s.users",
        F.try_divide(F.col("s.users"), F.col("s.previous")).alias("rate_from_previous"),
        F.try_divide(F.col("s.users"), F.col("viewed")).alias("rate_from_start"),
    ).orderBy("step")
