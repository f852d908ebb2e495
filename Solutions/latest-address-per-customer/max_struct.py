from pyspark.sql import DataFrame, functions as F


def solve(address_changes: DataFrame) -> DataFrame:
    latest = (
        address_changes.where(F.col("customer_id").isNotNull())
        .groupBy("customer_id")
        .agg(F.max(F.struct("updated_at", "change_id", "address", "city")).alias("latest"))
    )
    return latest.select("customer_id", "latest.address", "latest.city", "latest.updated_at")
