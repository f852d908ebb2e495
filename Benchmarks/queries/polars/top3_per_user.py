import polars as pl


def query(users: pl.LazyFrame, transactions: pl.LazyFrame) -> pl.LazyFrame:
    return (
        transactions.sort(["user_id", "amount", "txn_id"], descending=[False, True, False])
        .with_columns(rn=pl.int_range(1, pl.len() + 1).over("user_id"))
        .filter(pl.col("rn") <= 3)
        .select("user_id", "rn", "txn_id", "amount")
    )
