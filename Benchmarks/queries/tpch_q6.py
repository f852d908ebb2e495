# TPC-H Q6, forecasting revenue change: the revenue that small 1994 discounts on small quantities gave up.
from pyspark.sql import functions as F

LINEITEM = (
    "l_orderkey BIGINT, l_partkey BIGINT, l_suppkey BIGINT, l_linenumber INT, l_quantity DECIMAL(15,2), "
    "l_extendedprice DECIMAL(15,2), l_discount DECIMAL(15,2), l_tax DECIMAL(15,2), l_returnflag STRING, "
    "l_linestatus STRING, l_shipdate DATE, l_commitdate DATE, l_receiptdate DATE, l_shipinstruct STRING, "
    "l_shipmode STRING, l_comment STRING"
)


def solve(spark):
    lineitem = spark.read.csv("lineitem.csv", header=True, schema=LINEITEM)
    return lineitem.where(
        (F.col("l_shipdate") >= F.to_date(F.lit("1994-01-01")))
        & (F.col("l_shipdate") < F.to_date(F.lit("1995-01-01")))
        & F.col("l_discount").between(0.05, 0.07)
        & (F.col("l_quantity") < 24)
    ).agg(F.sum(F.col("l_extendedprice") * F.col("l_discount")).alias("revenue"))
