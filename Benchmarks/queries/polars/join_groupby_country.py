import polars as pl


def query(users: pl.LazyFrame, transactions: pl.LazyFrame) -> pl.LazyFrame:
    return (
        transactions.join(users, on="user_id")
        .group_by("country")
        .agg(
            pl.len().alias("txn_count"),
            pl.col("amount").sum().alias("total_amount"),
            pl.col("amount").mean().alias("avg_amount"),
        )
    )
