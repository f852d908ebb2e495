from pyspark.sql import DataFrame, functions as F


def solve(transactions: DataFrame) -> DataFrame:
    return (
        transactions.groupBy("user_id", "amount", "txn_date")
        .agg(F.count("*").alias("copies"))
        .where(F.col("copies") > 1)
    )
