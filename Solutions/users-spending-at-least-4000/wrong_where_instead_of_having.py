# Known wrong: filters single transactions instead of the totals.
from pyspark.sql import DataFrame, functions as F


def solve(transactions: DataFrame) -> DataFrame:
    return (
        transactions.where(F.col("user_id").isNotNull() & (F.col("amount") >= 4000))
        .groupBy("user_id")
        .agg(F.sum("amount").alias("total_amount"))
    )
