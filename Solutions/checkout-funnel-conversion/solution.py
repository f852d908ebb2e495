from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def _first_time(event_type: str, not_before=None):
    condition = F.col("event_type") == event_type
    if not_before is not None:
        condition = condition & (F.col("event_time") >= F.col(not_before))
    return F.min(F.when(condition, F.col("event_time")))


def solve(events: DataFrame) -> DataFrame:
    per_user = Window.partitionBy("user_id")
    timed = (
        events.where(F.col("user_id").isNotNull() & F.col("event_time").isNotNull())
        .withColumn("viewed_at", _first_time("view").over(per_user))
        .withColumn("carted_at", _first_time("cart", not_before="viewed_at").over(per_user))
    )
    per_user_steps = timed.groupBy("user_id").agg(
        F.max("viewed_at").alias("viewed_at"),
        F.max("carted_at").alias("carted_at"),
        _first_time("purchase", not_before="carted_at").alias("purchased_at"),
    )
    totals = per_user_steps.agg(
        F.count("viewed_at").alias("viewed"),
        F.count("carted_at").alias("carted"),
        F.count("purchased_at").alias("purchased"),
    )

    def step(number, name, users, previous):
        return F.struct(
            F.lit(number).alias("step"),
            F.lit(name).alias("step_name"),
            F.col(users).alias("users"),
            (F.col(previous) if previous else F.lit(None).cast("bigint")).alias("previous"),
        )

    steps = totals.select(
        F.explode(F.array(
            step(1, "view", "viewed", None),
            step(2, "cart", "carted", "viewed"),
            step(3, "purchase", "purchased", "carted"),
        )).alias("s"),
        "viewed",
    )
    return steps.select(
        F.col("s.step").alias("step"),
        F.col("s.step_name").alias("step_name"),
        F.col("s.users").alias("users"),
        F.try_divide(F.col("s.users"), F.col("s.previous")).alias("rate_from_previous"),
        F.try_divide(F.col("s.users"), F.col("viewed")).alias("rate_from_start"),
    ).orderBy("step")
