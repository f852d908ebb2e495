# Known wrong: grouping by the state merges runs that are separated by another state.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(customer_snapshots: DataFrame) -> DataFrame:
    rows = customer_snapshots.where(
        F.col("customer_id").isNotNull() & F.col("snapshot_date").isNotNull()
    )
    in_load_order = Window.partitionBy("customer_id").orderBy("snapshot_date", "row_id")
    daily = rows.withColumn("next_day", F.lead("snapshot_date").over(in_load_order)).where(
        F.col("next_day").isNull() | (F.col("next_day") != F.col("snapshot_date"))
    )
    versions = daily.groupBy("customer_id", "tier", "city").agg(F.min("snapshot_date").alias("valid_from"))
    by_start = Window.partitionBy("customer_id").orderBy("valid_from")
    return versions.select(
        "customer_id", "tier", "city", "valid_from", F.lead("valid_from").over(by_start).alias("valid_to")
    )
