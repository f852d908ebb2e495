from pyspark.sql import DataFrame, functions as F


def solve(transactions: DataFrame) -> DataFrame:
    return (
        transactions.where(F.col("user_id").isNotNull())
        .groupBy("user_id")
        .agg(F.sum("amount").alias("total_amount"))
        .where(F.col("total_amount") >= 4000)
    )
