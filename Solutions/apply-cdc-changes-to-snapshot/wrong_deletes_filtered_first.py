# Known wrong: dropping the deletes first lets an earlier upsert win over a later delete.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(snapshot: DataFrame, changes: DataFrame) -> DataFrame:
    base = snapshot.select(
        F.lit(0).cast("bigint").alias("change_seq"),
        F.lit("S").alias("op"),
        "customer_id",
        "email",
        "tier",
    )
    log = changes.where(F.col("customer_id").isNotNull() & (F.col("op") != "D")).select(
        "change_seq", "op", "customer_id", "email", "tier"
    )
    latest_first = Window.partitionBy("customer_id").orderBy(F.col("change_seq").desc())
    return (
        base.unionByName(log)
        .withColumn("rn", F.row_number().over(latest_first))
        .where(F.col("rn") == 1)
        .select("customer_id", "email", "tier")
    )
