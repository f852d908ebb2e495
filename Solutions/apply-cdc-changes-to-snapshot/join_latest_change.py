# Plan rule: right rows, but the window and the join shuffle separately.
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
        F.when(F.col("op").isNull(), F.col("email")).otherwise(F.col("new_email")).alias("email"),
        F.when(F.col("op").isNull(), F.col("tier")).otherwise(F.col("new_tier")).alias("tier"),
    )
