# TPC-H Q3, shipping priority: the ten unshipped orders of the BUILDING segment with the highest revenue.
from pyspark.sql import functions as F

CUSTOMER = (
    "c_custkey BIGINT, c_name STRING, c_address STRING, c_nationkey INT, c_phone STRING, "
    "c_acctbal DECIMAL(15,2), c_mktsegment STRING, c_comment STRING"
)
ORDERS = (
    "o_orderkey BIGINT, o_custkey BIGINT, o_orderstatus STRING, o_totalprice DECIMAL(15,2), "
    "o_orderdate DATE, o_orderpriority STRING, o_clerk STRING, o_shippriority INT, o_comment STRING"
)
LINEITEM = (
    "l_orderkey BIGINT, l_partkey BIGINT, l_suppkey BIGINT, l_linenumber INT, l_quantity DECIMAL(15,2), "
    "l_extendedprice DECIMAL(15,2), l_discount DECIMAL(15,2), l_tax DECIMAL(15,2), l_returnflag STRING, "
    "l_linestatus STRING, l_shipdate DATE, l_commitdate DATE, l_receiptdate DATE, l_shipinstruct STRING, "
    "l_shipmode STRING, l_comment STRING"
)


def solve(spark):
    customer = spark.read.csv("customer.csv", header=True, schema=CUSTOMER)
    orders = spark.read.csv("orders.csv", header=True, schema=ORDERS)
    lineitem = spark.read.csv("lineitem.csv", header=True, schema=LINEITEM)
    cutoff = F.to_date(F.lit("1995-03-15"))
    building = customer.where(F.col("c_mktsegment") == "BUILDING")
    open_orders = orders.where(F.col("o_orderdate") < cutoff)
    unshipped = lineitem.where(F.col("l_shipdate") > cutoff)
    return (
        building.join(open_orders, F.col("c_custkey") == F.col("o_custkey"))
        .join(unshipped, F.col("l_orderkey") == F.col("o_orderkey"))
        .groupBy("l_orderkey", "o_orderdate", "o_shippriority")
        .agg(F.sum(F.col("l_extendedprice") * (1 - F.col("l_discount"))).alias("revenue"))
        .orderBy(F.col("revenue").desc(), F.col("o_orderdate"))
        .limit(10)
        .select("l_orderkey", "revenue", "o_orderdate", "o_shippriority")
    )
