"""The benchmark's two datasets, their CSV tables and column types, and how each engine spells the types.

The PySpark query files spell their schemas themselves (as a user would); DuckDB and Polars read the
same files with the types below, so every engine parses the same values.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_ROOT = os.path.join(HERE, "data")

# (column, type) with type one of: int, bigint, double, decimal, string, date
TABLES = {
    "app": {
        "users": [("user_id", "int"), ("name", "string"), ("country", "string"), ("age", "int"), ("salary", "int")],
        "transactions": [("txn_id", "bigint"), ("user_id", "int"), ("amount", "double"), ("txn_date", "date")],
    },
    "tpch": {
        "lineitem": [
            ("l_orderkey", "bigint"), ("l_partkey", "bigint"), ("l_suppkey", "bigint"), ("l_linenumber", "int"),
            ("l_quantity", "decimal"), ("l_extendedprice", "decimal"), ("l_discount", "decimal"), ("l_tax", "decimal"),
            ("l_returnflag", "string"), ("l_linestatus", "string"), ("l_shipdate", "date"), ("l_commitdate", "date"),
            ("l_receiptdate", "date"), ("l_shipinstruct", "string"), ("l_shipmode", "string"), ("l_comment", "string"),
        ],
        "orders": [
            ("o_orderkey", "bigint"), ("o_custkey", "bigint"), ("o_orderstatus", "string"), ("o_totalprice", "decimal"),
            ("o_orderdate", "date"), ("o_orderpriority", "string"), ("o_clerk", "string"), ("o_shippriority", "int"),
            ("o_comment", "string"),
        ],
        "customer": [
            ("c_custkey", "bigint"), ("c_name", "string"), ("c_address", "string"), ("c_nationkey", "int"),
            ("c_phone", "string"), ("c_acctbal", "decimal"), ("c_mktsegment", "string"), ("c_comment", "string"),
        ],
        # Read only by the 22 TPC-H queries in SQL (tpch_sql.py).
        "part": [
            ("p_partkey", "bigint"), ("p_name", "string"), ("p_mfgr", "string"), ("p_brand", "string"), ("p_type", "string"),
            ("p_size", "int"), ("p_container", "string"), ("p_retailprice", "decimal"), ("p_comment", "string"),
        ],
        "supplier": [
            ("s_suppkey", "bigint"), ("s_name", "string"), ("s_address", "string"), ("s_nationkey", "int"),
            ("s_phone", "string"), ("s_acctbal", "decimal"), ("s_comment", "string"),
        ],
        "partsupp": [
            ("ps_partkey", "bigint"), ("ps_suppkey", "bigint"), ("ps_availqty", "int"), ("ps_supplycost", "decimal"),
            ("ps_comment", "string"),
        ],
        "nation": [("n_nationkey", "int"), ("n_name", "string"), ("n_regionkey", "int"), ("n_comment", "string")],
        "region": [("r_regionkey", "int"), ("r_name", "string"), ("r_comment", "string")],
    },
}

# TPC-H money columns are DECIMAL(15,2) in Spark, SparkLite and DuckDB. Polars multiplies decimals at the
# operands' scale (rounding every product to cents), so it reads them as Float64, as its own TPC-H suite does.
DUCKDB_TYPES = {"int": "INTEGER", "bigint": "BIGINT", "double": "DOUBLE", "decimal": "DECIMAL(15,2)",
                "string": "VARCHAR", "date": "DATE"}
SPARK_TYPES = {"int": "INT", "bigint": "BIGINT", "double": "DOUBLE", "decimal": "DECIMAL(15,2)",
               "string": "STRING", "date": "DATE"}


def polars_type(name):
    import polars as pl
    return {"int": pl.Int32, "bigint": pl.Int64, "double": pl.Float64, "decimal": pl.Float64,
            "string": pl.String, "date": pl.Date}[name]


def spark_ddl(dataset, table):
    """The DDL schema string of a table, as the PySpark query files write it."""
    return ", ".join(f"{name} {SPARK_TYPES[kind]}" for name, kind in TABLES[dataset][table])


def scale_name(rows):
    """1000000 -> '1m', 10000000 -> '10m', 250000 -> '250k'."""
    if rows % 1_000_000 == 0:
        return f"{rows // 1_000_000}m"
    if rows % 1_000 == 0:
        return f"{rows // 1_000}k"
    return str(rows)


def app_dir(rows):
    return os.path.join(DATA_ROOT, scale_name(rows))


def tpch_scale_factor(rows):
    """TPC-H scale factor matched to the transaction count: SF 1 (6M lineitem rows) per 10M transactions."""
    return round(rows / 10_000_000, 3)


def tpch_dir(scale_factor):
    return os.path.join(DATA_ROOT, f"tpch-sf{scale_factor:g}")
