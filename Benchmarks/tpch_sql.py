#!/usr/bin/env python3
"""Runs the 22 TPC-H queries, written in SQL (`queries/tpch-sql/`), on SparkLite and DuckDB over the same
CSV files, checks that both give the same answer, and writes Benchmarks/RESULTS-tpch.md.

    python3 Benchmarks/tpch_sql.py                              # scale factor 1 (6M lineitems), 3 timed runs
    python3 Benchmarks/tpch_sql.py --scale-factor 0.1 --queries 5,18 --runs 1

SparkLite runs each query through `dojo run` of a PySpark file that reads the eight tables with their schemas,
registers them as temporary views and returns `spark.sql(query)`, as a user would. Each run is its own process,
measured from outside as `run.py` measures it (wall time, CPU time, peak resident memory).
"""
import argparse
import datetime
import json
import os
import statistics
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import datasets  # noqa: E402
import generate  # noqa: E402
import run  # noqa: E402

SQL_DIR = os.path.join(HERE, "queries", "tpch-sql")


def wrapper(sql):
    """The PySpark file SparkLite runs for one query."""
    schemas = {table: datasets.spark_ddl("tpch", table) for table in datasets.TABLES["tpch"]}
    return "\n".join([
        f"SCHEMAS = {schemas!r}",
        "",
        "",
        "def solve(spark):",
        "    for name, schema in SCHEMAS.items():",
        "        spark.read.csv(name + '.csv', header=True, schema=schema).createOrReplaceTempView(name)",
        f"    return spark.sql({sql!r})",
        "",
    ])


def measured(command, data_dir, env, args, scratch, tag):
    stdout_path = os.path.join(scratch, tag + ".stdout")
    stderr_path = os.path.join(scratch, tag + ".stderr")
    m = run.measure(command, data_dir, env, args.timeout, stdout_path, stderr_path)
    return m, stdout_path, stderr_path


def load(path):
    try:
        with open(path) as source:
            return json.load(source)
    except (OSError, ValueError):
        return None


def run_query(name, data_dir, args, scratch):
    with open(os.path.join(SQL_DIR, name + ".sql")) as source:
        sql = source.read().strip().rstrip(";")
    solution = os.path.join(scratch, name + ".py")
    with open(solution, "w") as target:
        target.write(wrapper(sql))
    env = dict(os.environ, DOJO_HOME=os.path.join(scratch, "dojo-home"), DOJO_TIME_LIMIT=str(args.timeout))
    duck_out = os.path.join(scratch, name + ".duckdb.json")
    duck = [sys.executable, os.path.join(HERE, "engines.py"), "duckdb", os.path.join(SQL_DIR, name + ".sql"),
            "--dataset", "tpch", "--data", data_dir, "--out", duck_out]
    spark = [args.dojo, "run", solution]
    result = {"query": name, "error": None, "answer": None}
    # One untimed run of each prints the full answer.
    m, out, err = measured(duck + ["--mode", "check"], data_dir, env, args, scratch, name + ".duckdb.check")
    reference = load(duck_out)
    m2, out2, err2 = measured(spark + ["--format", "json"], data_dir, env, args, scratch, name + ".sparklite.check")
    answer = load(out2)
    if m2.exit_code != 0 or answer is None or "error" in answer:
        result["error"] = run.describe_error(answer, err2, m2.exit_code)
    elif reference is None or "error" in reference:
        result["error"] = "DuckDB: " + run.describe_error(reference, err, m.exit_code)
    else:
        difference = run.compare(run.normalized_answer("duckdb", reference), run.normalized_answer("sparklite", answer), False)
        result["answer"] = "same" if difference is None else "differs: " + difference
        result["rows"] = len(reference["rows"])
    for engine, command in (("duckdb", duck + ["--mode", "time"]), ("sparklite", spark + ["--rows", "1"])):
        runs = [measured(command, data_dir, env, args, scratch, f"{name}.{engine}.{i}")[0] for i in range(args.runs)]
        ok = [r for r in runs if r.exit_code == 0 and not r.timed_out]
        if ok:
            result[engine] = {key: statistics.median(getattr(r, attr) for r in ok)
                              for key, attr in (("wall", "wall"), ("cpu", "cpu"), ("rss_kb", "max_rss_kb"))}
    run.log(f"{name}: {result.get('answer') or result.get('error')}")
    return result


def write_report(path, args, results, sf):
    machine = run.machine_description()
    lines = [
        "# TPC-H in SQL: SparkLite and DuckDB",
        "",
        "Written by `Benchmarks/tpch_sql.py`; rerun it with `python3 Benchmarks/tpch_sql.py` (see its docstring).",
        "",
        f"- **Date:** {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- **Machine:** {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gib']:.1f} GiB memory, {machine['system']}; "
        f"load average {run.load_average()} after the run",
        f"- **Data:** TPC-H scale factor {sf:g}, the eight tables as CSV files with a header row",
        f"- **Runs:** {args.runs} timed run(s) per engine and query (median), after one untimed run whose full answer is compared",
        "",
        "Wall and CPU in seconds of a whole process (start, read the CSV files, run the query); peak RSS in MB.",
        "",
        "| Query | Answer | DuckDB wall | DuckDB CPU | DuckDB MB | SparkLite wall | SparkLite CPU | SparkLite MB | Wall × DuckDB | CPU × DuckDB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        d, s = r.get("duckdb"), r.get("sparklite")
        cells = [r["query"].upper(), r["answer"] or f"**failed**: {run.one_line(r['error'] or '')}"]
        for m in (d, s):
            cells += [f"{m['wall']:.2f}", f"{m['cpu']:.2f}", f"{m['rss_kb'] / 1024:.0f}"] if m else ["—"] * 3
        cells += [f"{s['wall'] / d['wall']:.1f}×", f"{s['cpu'] / d['cpu']:.1f}×"] if d and s else ["—", "—"]
        lines.append("| " + " | ".join(cells) + " |")
    with open(path, "w") as target:
        target.write("\n".join(lines) + "\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale-factor", type=float, default=1.0)
    parser.add_argument("--queries", help="comma-separated query numbers (default: all 22)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dojo", default=os.path.join(run.ROOT, ".build", "release", "dojo"))
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--out", default=os.path.join(HERE, "RESULTS-tpch.md"))
    args = parser.parse_args(argv)
    data_dir = datasets.tpch_dir(args.scale_factor)
    generate.generate_tpch(args.scale_factor, data_dir)
    numbers = [int(n) for n in args.queries.split(",")] if args.queries else range(1, 23)
    with tempfile.TemporaryDirectory(prefix="tpch-sql-") as scratch:
        results = [run_query(f"q{n:02d}", data_dir, args, scratch) for n in numbers]
    write_report(args.out, args, results, args.scale_factor)
    failed = [r for r in results if r["error"] or r["answer"] != "same"]
    for r in failed:
        run.log(f"!! {r['query']}: {r['error'] or r['answer']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
