import datetime

import polars as pl


def query(users: pl.LazyFrame, transactions: pl.LazyFrame) -> pl.LazyFrame:
    large = transactions.filter((pl.col("amount") >= 50) & (pl.col("txn_date") >= datetime.date(2024, 7, 1)))
    adults = users.filter(pl.col("age").is_between(25, 40))
    return (
        large.join(adults, on="user_id")
        .group_by("country")
        .agg(pl.len().alias("txn_count"), pl.col("amount").sum().alias("total_amount"))
        .sort(["total_amount", "country"], descending=[True, False])
    )
