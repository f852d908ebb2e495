# Known failure: with ANSI mode on, `/` raises DIVIDE_BY_ZERO when nobody reached the previous
# step (for example on an empty table) instead of returning null.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(events: DataFrame) -> DataFrame:
    per_user = Window.partitionBy("user_id")
    timed = (
        events.where(F.col("user_id").isNotNull() & F.col("event_time").isNotNull())
        .withColumn("viewed_at", F.min(F.when(F.col("event_type") == "view", F.col("event_time"))).over(per_user))
        .withColumn("carted_at", F.min(F.when((F.col("event_type") == "cart") & (F.col("event_time") >= F.col("viewed_at")), F.col("event_time"))).over(per_user))
    )
    per_user_steps = timed.groupBy("user_id").agg(
        F.max("viewed_at").alias("viewed_at"),
        F.max("carted_at").alias("carted_at"),
        F.min(F.when((F.col("event_type") == "purchase") & (F.col("event_time") >= F.col("carted_at")), F.col("event_time"))).alias("purchased_at"),
    )
    totals = per_user_steps.agg(
        F.count("viewed_at").alias("viewed"),
        F.count("carted_at").alias("carted"),
        F.count("purchased_at").alias("purchased"),
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
        (F.col("s.users") / F.col("s.previous")).alias("rate_from_previous"),
        (F.col("s.users") / F.col("viewed")).alias("rate_from_start"),
    ).orderBy("step")
