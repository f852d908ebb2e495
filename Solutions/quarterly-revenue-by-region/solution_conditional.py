from pyspark.sql import DataFrame, functions as F


def solve(sales: DataFrame) -> DataFrame:
    valid = sales.where(F.col("region").isNotNull() & F.col("sale_date").isNotNull())
    amount = F.coalesce(F.col("amount"), F.lit(0))
    return valid.groupBy("region").agg(
        *[F.sum(F.when(F.quarter("sale_date") == q, amount).otherwise(0)).alias(f"q{q}") for q in range(1, 5)]
    )
