# Known wrong: count("amount") skips null amounts.
from pyspark.sql import DataFrame, functions as F


def solve(transactions: DataFrame) -> DataFrame:
    return (
        transactions.groupBy("user_id", "amount", "txn_date")
        .agg(F.count("amount").alias("copies"))
        .where(F.col("copies") > 1)
    )
