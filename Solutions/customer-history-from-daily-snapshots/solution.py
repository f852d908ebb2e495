from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(customer_snapshots: DataFrame) -> DataFrame:
    rows = customer_snapshots.where(
        F.col("customer_id").isNotNull() & F.col("snapshot_date").isNotNull()
    )
    in_load_order = Window.partitionBy("customer_id").orderBy("snapshot_date", "row_id")
    by_day = Window.partitionBy("customer_id").orderBy("snapshot_date")

    daily = rows.withColumn("next_day", F.lead("snapshot_date").over(in_load_order)).where(
        F.col("next_day").isNull() | (F.col("next_day") != F.col("snapshot_date"))
    )
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
