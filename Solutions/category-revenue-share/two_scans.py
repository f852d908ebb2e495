# Known plan problem: the two branches each read `sales` from the source.
from pyspark.sql import DataFrame, functions as F


def solve(sales: DataFrame) -> DataFrame:
    completed = sales.where(F.col("status") == "completed")
    total = completed.agg(F.sum("amount").alias("total_revenue"))
    per_category = (
        completed.where(F.col("category").isNotNull())
        .groupBy("category")
        .agg(F.sum("amount").alias("revenue"))
    )
    return per_category.crossJoin(total).select(
        "category", "revenue", (F.col("revenue") / F.col("total_revenue")).alias("share")
    )
