import datetime

import polars as pl


def query(customer: pl.LazyFrame, orders: pl.LazyFrame, lineitem: pl.LazyFrame) -> pl.LazyFrame:
    cutoff = datetime.date(1995, 3, 15)
    building = customer.filter(pl.col("c_mktsegment") == "BUILDING")
    open_orders = orders.filter(pl.col("o_orderdate") < cutoff)
    unshipped = lineitem.filter(pl.col("l_shipdate") > cutoff)
    return (
        building.join(open_orders, left_on="c_custkey", right_on="o_custkey")
        .join(unshipped, left_on="o_orderkey", right_on="l_orderkey")
        .group_by("o_orderkey", "o_orderdate", "o_shippriority")
        .agg((pl.col("l_extendedprice") * (1 - pl.col("l_discount"))).sum().alias("revenue"))
        .sort(["revenue", "o_orderdate"], descending=[True, False])
        .head(10)
        .select(pl.col("o_orderkey").alias("l_orderkey"), "revenue", "o_orderdate", "o_shippriority")
    )
