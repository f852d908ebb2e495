import polars as pl


def query(users: pl.LazyFrame, transactions: pl.LazyFrame) -> pl.LazyFrame:
    return transactions.sort(["amount", "txn_id"], descending=[True, False]).head(100)
