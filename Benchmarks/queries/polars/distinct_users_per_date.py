import polars as pl


def query(users: pl.LazyFrame, transactions: pl.LazyFrame) -> pl.LazyFrame:
    return transactions.group_by("txn_date").agg(pl.col("user_id").n_unique().alias("distinct_users"))
