# Known wrong: treats a null in an update as "unchanged".
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(snapshot: DataFrame, changes: DataFrame) -> DataFrame:
    latest_first = Window.partitionBy("customer_id").orderBy(F.col("change_seq").desc())
    latest = (
        changes.where(F.col("customer_id").isNotNull())
        .withColumn("rn", F.row_number().over(latest_first))
        .where(F.col("rn") == 1)
        .select("customer_id", "op", F.col("email").alias("new_email"), F.col("tier").alias("new_tier"))
    )
    merged = snapshot.join(latest, "customer_id", "full_outer")
    return merged.where(F.col("op").isNull() | (F.col("op") != "D")).select(
        "customer_id",
        F.coalesce("new_email", "email").alias("email"),
        F.coalesce("new_tier", "tier").alias("tier"),
    )
