# Plan rule: right rows, but the day-level window is partitioned by (customer_id, snapshot_date),
# so the windows by customer_id need a second shuffle.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(customer_snapshots: DataFrame) -> DataFrame:
    rows = customer_snapshots.where(
        F.col("customer_id").isNotNull() & F.col("snapshot_date").isNotNull()
    )
    last_load = Window.partitionBy("customer_id", "snapshot_date").orderBy(F.col("row_id").desc())
    by_day = Window.partitionBy("customer_id").orderBy("snapshot_date")

    daily = rows.withColumn("rn", F.row_number().over(last_load)).where(F.col("rn") == 1)
    starts = daily.withColumn(
        "is_new",
        F.lag("snapshot_date").over(by_day).isNull()
        | ~F.col("tier").eqNullSafe(F.lag("tier").over(by_day))
        | ~F.col("city").eqNullSafe(F.lag("city").over(by_day)),
    ).where(F.col("is_new"))
    return starts.select(
        "customer_id",
        "tier",
        "city",
        F.col("snapshot_date").alias("valid_from"),
        F.lead("snapshot_date").over(by_day).alias("valid_to"),
    )
