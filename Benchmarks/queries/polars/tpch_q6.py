import datetime

import polars as pl


def query(lineitem: pl.LazyFrame) -> pl.LazyFrame:
    return lineitem.filter(
        (pl.col("l_shipdate") >= datetime.date(1994, 1, 1))
        & (pl.col("l_shipdate") < datetime.date(1995, 1, 1))
        & pl.col("l_discount").is_between(0.05, 0.07)
        & (pl.col("l_quantity") < 24)
    ).select((pl.col("l_extendedprice") * pl.col("l_discount")).sum().alias("revenue"))
