# Known wrong: grouping the reached steps only produces the steps somebody reached, so a funnel
# where nobody purchased has no purchase row (and an empty table has no rows at all).
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
    reached = per_user_steps.select(
        "user_id",
        F.explode(F.array(
            F.when(F.col("viewed_at").isNotNull(), F.lit(1)),
            F.when(F.col("carted_at").isNotNull(), F.lit(2)),
            F.when(F.col("purchased_at").isNotNull(), F.lit(3)),
        )).alias("step"),
    ).where(F.col("step").isNotNull())
    counts = reached.groupBy("step").agg(F.count("*").alias("users"))
    ordered = Window.orderBy("step")
    first = F.first("users").over(ordered.rowsBetween(Window.unboundedPreceding, Window.currentRow))
    return counts.select(
        "step",
        F.element_at(F.array(F.lit("view"), F.lit("cart"), F.lit("purchase")), F.col("step")).alias("step_name"),
        "users",
        F.try_divide(F.col("users"), F.lag("users").over(ordered)).alias("rate_from_previous"),
        F.try_divide(F.col("users"), first).alias("rate_from_start"),
    ).orderBy("step")
