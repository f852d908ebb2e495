#!/usr/bin/env python3
"""Runs one benchmark query on DuckDB, Polars or PySpark (local[2]) in this process; `run.py` starts one
process per run and measures it from outside.

    python3 Benchmarks/engines.py ENGINE QUERY --dataset app|tpch --data DIR --mode check|time --out FILE

`check` writes the full answer, {"columns": [...], "rows": [[...], ...]}, with dates as "YYYY-MM-DD" and
decimals as numbers. `time` runs the query to the end and keeps the result in the engine's own memory
(DuckDB: a temporary table; Polars: a DataFrame; PySpark: the `noop` sink), then writes
{"startup_s": import and session set-up, "query_s": load + query, "result_rows": n or null}.
Relative paths in the queries resolve against DIR, which becomes the working directory.
"""
import argparse
import datetime
import decimal
import importlib.util
import inspect
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
QUERIES = os.path.join(HERE, "queries")
sys.path.insert(0, HERE)
import datasets  # noqa: E402


def plain(value):
    """A value as JSON can hold it: dates as ISO text, decimals as floats."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_module(path):
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(path))[0], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_duckdb(query, dataset, mode):
    import duckdb

    connection = duckdb.connect()
    for table, columns in datasets.TABLES[dataset].items():
        types = ", ".join(f"'{name}': '{datasets.DUCKDB_TYPES[kind]}'" for name, kind in columns)
        connection.execute(
            f"CREATE VIEW {table} AS SELECT * FROM read_csv('{table}.csv', header = true, delim = ',', "
            f"quote = '\"', columns = {{{types}}})"
        )
    # A query is named (queries/duckdb/NAME.sql) or, from tpch_sql.py, given as the absolute path of its file.
    path = query if os.path.isabs(query) else os.path.join(QUERIES, "duckdb", f"{query}.sql")
    with open(path) as source:
        sql = source.read().strip().rstrip(";")
    started = time.perf_counter()
    if mode == "time":
        connection.execute(f"CREATE TEMP TABLE bench_result AS {sql}")
        count = connection.execute("SELECT count(*) FROM bench_result").fetchone()[0]
        return started, time.perf_counter(), None, count
    cursor = connection.execute(sql)
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    return started, time.perf_counter(), columns, rows


def run_polars(query, dataset, mode):
    import polars as pl

    module = load_module(os.path.join(QUERIES, "polars", f"{query}.py"))
    tables = datasets.TABLES[dataset]
    started = time.perf_counter()
    scans = {}
    for name in inspect.signature(module.query).parameters:
        schema = {column: datasets.polars_type(kind) for column, kind in tables[name]}
        scans[name] = pl.scan_csv(f"{name}.csv", schema=schema, has_header=True)
    frame = module.query(**scans).collect()
    finished = time.perf_counter()
    if mode == "time":
        return started, finished, None, frame.height
    return started, finished, frame.columns, frame.rows()


def run_pyspark(query, dataset, mode):
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("sparkdojo-benchmark")
        .config("spark.driver.memory", os.environ.get("BENCH_SPARK_DRIVER_MEMORY", "4g"))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    module = load_module(os.path.join(QUERIES, f"{query}.py"))
    started = time.perf_counter()
    try:
        frame = module.solve(spark)
        if mode == "time":
            frame.write.format("noop").mode("overwrite").save()
            return started, time.perf_counter(), None, None
        rows = [list(row) for row in frame.collect()]
        return started, time.perf_counter(), frame.columns, rows
    finally:
        gateway = SparkContext._gateway
        spark.stop()
        # Wait for the JVM, so its CPU time and peak memory count in this process's resource usage.
        process = getattr(gateway, "proc", None)
        if process is not None:
            gateway.shutdown()
            process.stdin.close()
            process.wait()


RUNNERS = {"duckdb": run_duckdb, "polars": run_polars, "pyspark": run_pyspark}


def main(argv=None):
    process_started = time.perf_counter()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("engine", choices=sorted(RUNNERS))
    parser.add_argument("query")
    parser.add_argument("--dataset", choices=sorted(datasets.TABLES), required=True)
    parser.add_argument("--data", required=True, help="the directory of the dataset's CSV files")
    parser.add_argument("--mode", choices=["check", "time"], required=True)
    parser.add_argument("--out", required=True, help="where the JSON answer goes")
    args = parser.parse_args(argv)
    out = os.path.abspath(args.out)
    os.chdir(args.data)
    try:
        started, finished, columns, result = RUNNERS[args.engine](args.query, args.dataset, args.mode)
    except Exception as error:  # reported to run.py, which shows it next to the engine's name
        with open(out, "w") as target:
            json.dump({"error": f"{type(error).__name__}: {error}"}, target)
        return 1
    if args.mode == "time":
        answer = {"startup_s": started - process_started, "query_s": finished - started, "result_rows": result}
    else:
        answer = {"columns": list(columns), "rows": [[plain(v) for v in row] for row in result]}
    with open(out, "w") as target:
        json.dump(answer, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
