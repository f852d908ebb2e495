import polars as pl


def query(users: pl.LazyFrame, transactions: pl.LazyFrame) -> pl.LazyFrame:
    return (
        users.with_columns(salary_rank=pl.col("salary").rank("dense", descending=True).over("country"))
        .filter(pl.col("salary_rank") == 2)
        .select("country", pl.col("salary").alias("second_highest_salary"))
        .unique()
    )
