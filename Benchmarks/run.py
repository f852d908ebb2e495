#!/usr/bin/env python3
"""Runs every benchmark query on SparkLite (`dojo run` of the PySpark file, and the Swift API through
`sparklite-bench`), DuckDB, Polars and PySpark (local[2]) over the same CSV files, checks that all engines
return the same answer, and writes Benchmarks/RESULTS.md.

    python3 Benchmarks/run.py                     # 1M transactions, TPC-H SF 0.1, 3 timed runs
    python3 Benchmarks/run.py --rows 10000000     # 10M transactions, TPC-H SF 1
    python3 Benchmarks/run.py --engines sparklite,duckdb --queries order_limit --runs 5

Every run is its own process, measured from outside: wall time, CPU time (user + system, including the
process's children, such as PySpark's JVM) and peak resident memory (`os.wait4`). Before the timed runs,
each engine runs each query once more to print its full answer, which is compared with DuckDB's; that run
also warms the file cache and is not timed.
"""
import argparse
import datetime
import json
import math
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
QUERY_DIR = os.path.join(HERE, "queries")
sys.path.insert(0, HERE)
import datasets  # noqa: E402
import generate  # noqa: E402

ENGINES = ["sparklite", "sparklite-swift", "duckdb", "polars", "pyspark"]
ENGINE_TITLES = {"sparklite": "SparkLite (dojo run)", "sparklite-swift": "SparkLite (Swift API)", "duckdb": "DuckDB", "polars": "Polars",
                 "pyspark": "PySpark local[2]"}
REFERENCE = "duckdb"
LOG_HEADING = "## Optimisation log"


class Query:
    def __init__(self, name, dataset, tables, ordered, title):
        self.name = name
        self.dataset = dataset
        self.tables = tables
        self.ordered = ordered  # the answer's row order is part of the answer
        self.title = title


QUERIES = [
    Query("join_groupby_country", "app", ["users", "transactions"], False,
          "Join + group by country: count, sum, avg"),
    Query("top3_per_user", "app", ["transactions"], False, "Top 3 transactions per user (row_number)"),
    Query("second_highest_salary", "app", ["users"], False, "Second-highest salary per country (dense_rank)"),
    Query("distinct_users_per_date", "app", ["transactions"], False, "Distinct users per date (count distinct)"),
    Query("filtered_join_agg_order", "app", ["users", "transactions"], True,
          "Filtered join + aggregate + order by"),
    Query("order_limit", "app", ["transactions"], True, "Order by + limit 100"),
    Query("tpch_q1", "tpch", ["lineitem"], True, "TPC-H Q1 (pricing summary report)"),
    Query("tpch_q3", "tpch", ["customer", "orders", "lineitem"], True, "TPC-H Q3 (shipping priority)"),
    Query("tpch_q6", "tpch", ["lineitem"], False, "TPC-H Q6 (forecasting revenue change)"),
]

# Numbers are equal when they agree to 1e-9 relative or 1e-6 absolute: sums of doubles differ in their
# last bits with the order of addition, and Spark rounds a decimal average to 6 places.
REL_TOL = 1e-9
ABS_TOL = 1e-6


# ---------------------------------------------------------------------------------------------------------
# Measuring one process


class Measurement:
    def __init__(self, wall, cpu, max_rss_kb, exit_code, timed_out):
        self.wall = wall
        self.cpu = cpu
        self.max_rss_kb = max_rss_kb
        self.exit_code = exit_code
        self.timed_out = timed_out


GNU_TIME = "/usr/bin/time"


def measure(command, cwd, env, timeout, stdout_path, stderr_path):
    """Runs a command to its end (or kills its process group after `timeout` seconds) and returns its
    wall time, CPU time and peak resident memory, from the kernel's accounting of that process.

    The command runs under GNU time (`/usr/bin/time`) when it exists, only for the peak memory: a process
    started straight from this one would report this (larger) process's peak as its own floor, because Linux
    carries the peak over `exec`."""
    outcome = {}
    rss_path = stderr_path + ".rss"
    wrapped = command
    if os.access(GNU_TIME, os.X_OK):
        wrapped = [GNU_TIME, "--quiet", "-f", "%M", "-o", rss_path] + command
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(wrapped, cwd=cwd, env=env, stdout=out, stderr=err, start_new_session=True)

        def wait():
            _, status, usage = os.wait4(process.pid, 0)
            outcome["finished"] = time.perf_counter()
            outcome["status"] = status
            outcome["usage"] = usage

        waiter = threading.Thread(target=wait)
        waiter.start()
        waiter.join(timeout)
        timed_out = waiter.is_alive()
        if timed_out:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            waiter.join()
    process.returncode = os.waitstatus_to_exitcode(outcome["status"])  # reaped above, by os.wait4
    usage = outcome["usage"]
    max_rss_kb = usage.ru_maxrss
    if wrapped is not command and os.path.exists(rss_path):
        with open(rss_path) as source:
            text = source.read().split()
        if text and text[-1].isdigit():
            max_rss_kb = int(text[-1])
    return Measurement(
        wall=outcome["finished"] - started,
        cpu=usage.ru_utime + usage.ru_stime,
        max_rss_kb=max_rss_kb,
        exit_code=process.returncode,
        timed_out=timed_out,
    )


# ---------------------------------------------------------------------------------------------------------
# Engines


class Engine:
    """How to start one engine on one query, and how to read its answer."""

    def __init__(self, name, args, scratch):
        self.name = name
        self.args = args
        self.scratch = scratch

    def command(self, query, data_dir, mode, out_path):
        if self.name == "sparklite":
            file = os.path.join(QUERY_DIR, f"{query.name}.py")
            if mode == "check":
                return [self.args.dojo, "run", file, "--format", "json"]
            return [self.args.dojo, "run", file, "--rows", "1"]
        if self.name == "sparklite-swift":
            return [self.args.swift_bench, query.name, "--data", data_dir, "--mode", mode, "--out", out_path]
        return [sys.executable, os.path.join(HERE, "engines.py"), self.name, query.name, "--dataset", query.dataset,
                "--data", data_dir, "--mode", mode, "--out", out_path]

    def environment(self):
        env = dict(os.environ)
        if self.name == "sparklite":
            env["DOJO_HOME"] = os.path.join(self.scratch, "dojo-home")
            env["DOJO_TIME_LIMIT"] = str(self.args.timeout)
        return env

    def run(self, query, data_dir, mode, tag):
        base = os.path.join(self.scratch, f"{query.name}.{self.name}.{tag}")
        out_path = base + ".json"
        stdout_path = base + ".stdout"
        stderr_path = base + ".stderr"
        if os.path.exists(out_path):
            os.remove(out_path)
        m = measure(self.command(query, data_dir, mode, out_path), data_dir, self.environment(), self.args.timeout,
                    stdout_path, stderr_path)
        if self.name == "sparklite":
            answer_path = stdout_path if mode == "check" else None
        else:
            answer_path = out_path
        answer = None
        if answer_path and os.path.exists(answer_path) and os.path.getsize(answer_path) > 0:
            try:
                with open(answer_path) as source:
                    answer = json.load(source)
            except ValueError:
                answer = None
        error = None
        if m.timed_out:
            error = f"did not finish within {self.args.timeout:g} s (killed)"
        elif m.exit_code != 0 or (answer is not None and "error" in answer):
            error = describe_error(answer, stderr_path, m.exit_code)
        elif mode == "check" and answer is None:
            error = "printed no answer"
        return m, answer, error


def describe_error(answer, stderr_path, exit_code):
    if answer is not None and "error" in answer:
        detail = answer["error"]
        if isinstance(detail, dict):
            return f"[{detail.get('class', 'ERROR')}] {detail.get('message', '')}".strip()
        return str(detail)
    tail = ""
    if os.path.exists(stderr_path):
        with open(stderr_path, errors="replace") as source:
            lines = [line.rstrip() for line in source if line.strip()]
        tail = " | ".join(lines[-3:])
    return f"exit code {exit_code}: {tail}" if tail else f"exit code {exit_code}"


def normalized_answer(engine, answer):
    """(column names, rows) with numbers as floats or ints, dates as ISO text."""
    if engine == "sparklite":
        columns = [c["name"] for c in answer["columns"]]
        kinds = [c["type"] for c in answer["columns"]]
        rows = [[sparklite_value(v, k) for v, k in zip(row, kinds)] for row in answer["rows"]]
        return columns, rows
    return answer["columns"], answer["rows"]


def sparklite_value(value, kind):
    if value is None:
        return None
    if kind.startswith("decimal") and isinstance(value, str):
        return float(value)
    if kind in ("double", "float") and isinstance(value, str):
        return float(value.replace("Infinity", "inf"))
    return value


# ---------------------------------------------------------------------------------------------------------
# Comparing answers


def values_equal(a, b):
    if a is None or b is None:
        return a is None and b is None
    numeric = (int, float)
    if isinstance(a, numeric) and isinstance(b, numeric) and not isinstance(a, bool) and not isinstance(b, bool):
        if isinstance(a, float) or isinstance(b, float):
            if math.isnan(a) or math.isnan(b):
                return math.isnan(a) and math.isnan(b)
            return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)
        return a == b
    return a == b


def sort_key(row):
    """Exact columns first (they identify a row in every query), then rounded floats as a tie-break."""
    exact = []
    approximate = []
    for value in row:
        if value is None:
            exact.append((0, ""))
        elif isinstance(value, float):
            approximate.append(float(f"{value:.6g}") if math.isfinite(value) else 0.0)
        elif isinstance(value, (int, bool)):
            exact.append((1, value))
        else:
            exact.append((2, str(value)))
    return (tuple(exact), tuple(approximate))


def compare(reference, candidate, ordered):
    """None when the answers agree; otherwise a short description of the first difference."""
    ref_columns, ref_rows = reference
    columns, rows = candidate
    if [c.lower() for c in columns] != [c.lower() for c in ref_columns]:
        return f"columns {columns} instead of {ref_columns}"
    if len(rows) != len(ref_rows):
        return f"{len(rows)} rows instead of {len(ref_rows)}"
    if not ordered:
        ref_rows = sorted(ref_rows, key=sort_key)
        rows = sorted(rows, key=sort_key)
    for index, (expected, actual) in enumerate(zip(ref_rows, rows)):
        if len(expected) != len(actual) or not all(values_equal(a, b) for a, b in zip(expected, actual)):
            where = "row" if ordered else "sorted row"
            return f"{where} {index + 1}: {actual} instead of {expected}"
    return None


# ---------------------------------------------------------------------------------------------------------
# Data and machine


def prepare_data(rows, with_tpch):
    directories = {"app": datasets.app_dir(rows)}
    generate.generate(rows, directories["app"])
    if with_tpch:
        scale_factor = datasets.tpch_scale_factor(rows)
        directories["tpch"] = datasets.tpch_dir(scale_factor)
        generate.generate_tpch(scale_factor, directories["tpch"])
    return directories


def raw_column_bytes(dataset, data_dir):
    """Per table: rows and the bytes of its values held as typed columns (4-byte int and date, 8-byte bigint,
    double and decimal(15,2), strings as their UTF-8 bytes), counted with DuckDB and cached next to the data."""
    cache = os.path.join(data_dir, "raw-columns.json")
    marker = os.path.join(data_dir, "GENERATED")
    stamp = open(marker).read() if os.path.exists(marker) else ""
    if os.path.exists(cache):
        with open(cache) as source:
            cached = json.load(source)
        if cached.get("stamp") == stamp:
            return cached["tables"]
    try:
        import duckdb
    except ImportError:
        return None
    widths = {"int": 4, "date": 4, "bigint": 8, "double": 8, "decimal": 8}
    connection = duckdb.connect()
    tables = {}
    for table, columns in datasets.TABLES[dataset].items():
        types = ", ".join(f"'{name}': '{datasets.DUCKDB_TYPES[kind]}'" for name, kind in columns)
        source = f"read_csv('{os.path.join(data_dir, table + '.csv')}', header = true, columns = {{{types}}})"
        strings = [name for name, kind in columns if kind == "string"]
        parts = ["count(*)"] + [f"coalesce(sum(strlen({name})), 0)" for name in strings]
        values = connection.execute(f"SELECT {', '.join(parts)} FROM {source}").fetchone()
        count = values[0]
        fixed = sum(widths[kind] for _, kind in columns if kind != "string")
        tables[table] = {"rows": count, "bytes": count * fixed + sum(values[1:])}
    with open(cache, "w") as target:
        json.dump({"stamp": stamp, "tables": tables}, target)
    return tables


def machine_description():
    memory_gib = None
    with open("/proc/meminfo") as source:
        for line in source:
            if line.startswith("MemTotal:"):
                memory_gib = int(line.split()[1]) / 1024 / 1024
    model = platform.processor() or "unknown CPU"
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo") as source:
            for line in source:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    return {"nproc": os.cpu_count(), "memory_gib": memory_gib, "cpu": model,
            "system": f"{platform.system()} {platform.release()}"}


def load_average():
    with open("/proc/loadavg") as source:
        return " ".join(source.read().split()[:3])


def versions(dojo):
    found = {"python": platform.python_version()}
    for module in ("duckdb", "polars", "pyspark"):
        try:
            found[module] = __import__(module).__version__
        except ImportError:
            found[module] = "not installed"
    try:
        found["dojo"] = subprocess.run([dojo, "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    except OSError:
        found["dojo"] = "not found"
    try:
        java = subprocess.run(["java", "-version"], capture_output=True, text=True, timeout=60)
        found["java"] = (java.stderr or java.stdout).splitlines()[0]
    except (OSError, IndexError):
        found["java"] = "not found"
    try:
        found["commit"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                         text=True, timeout=60).stdout.strip()
    except OSError:
        found["commit"] = "unknown"
    return found


# ---------------------------------------------------------------------------------------------------------
# The benchmark


def benchmark(args, queries, engines, directories, scratch):
    results = {}
    for query in queries:
        data_dir = directories[query.dataset]
        per_engine = {}
        results[query.name] = per_engine
        reference = None
        for name in engines:
            engine = Engine(name, args, scratch)
            entry = {"runs": [], "status": "ok", "message": None}
            per_engine[name] = entry
            log(f"{query.name} · {name}: answer run")
            check, answer, error = engine.run(query, data_dir, "check", "check")
            entry["check_run"] = {"wall": check.wall, "cpu": check.cpu, "max_rss_kb": check.max_rss_kb}
            if error:
                entry["status"] = "timeout" if check.timed_out else "error"
                entry["message"] = error
                log(f"  FAILED: {error}")
                continue
            try:
                normalized = normalized_answer(name, answer)
            except (KeyError, TypeError, ValueError) as problem:
                entry["status"] = "error"
                entry["message"] = f"unreadable answer: {type(problem).__name__}: {problem}"
                log(f"  FAILED: {entry['message']}")
                continue
            entry["result_rows"] = len(normalized[1])
            if name == REFERENCE:
                reference = normalized
            elif reference is not None:
                difference = compare(reference, normalized, query.ordered)
                if difference:
                    entry["status"] = "mismatch"
                    entry["message"] = difference
                    log(f"  WRONG ANSWER (differs from DuckDB): {difference}")
            for index in range(args.runs):
                m, timing, error = engine.run(query, data_dir, "time", f"run{index + 1}")
                if error:
                    entry["status"] = "timeout" if m.timed_out else "error"
                    entry["message"] = f"timed run {index + 1}: {error}"
                    log(f"  FAILED: {entry['message']}")
                    break
                run = {"wall": m.wall, "cpu": m.cpu, "max_rss_kb": m.max_rss_kb}
                if timing:
                    run["startup_s"] = timing.get("startup_s")
                    run["query_s"] = timing.get("query_s")
                entry["runs"].append(run)
                log(f"  run {index + 1}: {m.wall:.2f} s wall, {m.cpu:.2f} s CPU, {m.max_rss_kb / 1024:.0f} MB")
        if reference is None and REFERENCE in engines:
            for entry in per_engine.values():
                if entry["status"] == "ok":
                    entry["message"] = "not checked: DuckDB gave no answer"
    return results


JUDGE_PROBLEM = "top-salaries-per-country"
JUDGE_SOLUTION = os.path.join("Solutions", JUDGE_PROBLEM, "solution.py")


def judge_commands(dojo):
    """The start-up and judge-path commands of issue #11's targets, run from the repository root."""
    return [
        ("help", "`dojo --help`", [dojo, "--help"]),
        ("run", f"`dojo run {JUDGE_SOLUTION} --problem {JUDGE_PROBLEM}` (7-row sample, dense_rank window)",
         [dojo, "run", JUDGE_SOLUTION, "--problem", JUDGE_PROBLEM]),
        ("submit", f"`dojo submit {JUDGE_PROBLEM} {JUDGE_SOLUTION}` (SparkLite)",
         [dojo, "submit", JUDGE_PROBLEM, JUDGE_SOLUTION]),
        ("submit_spark", f"`dojo submit {JUDGE_PROBLEM} {JUDGE_SOLUTION} --engine spark` (real Spark)",
         [dojo, "submit", JUDGE_PROBLEM, JUDGE_SOLUTION, "--engine", "spark"]),
    ]


def judge_benchmark(args, scratch):
    """Times `dojo`'s start-up, a run on a problem's sample and the judge on both engines."""
    env = dict(os.environ)
    env["DOJO_PROBLEMS"] = os.path.join(ROOT, "Problems")
    env["DOJO_HOME"] = os.path.join(scratch, "judge-home")
    results = {}
    runs = max(args.runs, 1)
    for key, title, command in judge_commands(args.dojo):
        entry = {"title": title, "runs": [], "status": "ok", "message": None}
        results[key] = entry
        log(f"judge · {key}: untimed run")
        for index in range(runs + 1):  # the first run builds the bank database and warms the caches
            m = measure(command, ROOT, env, args.timeout, os.path.join(scratch, f"judge.{key}.stdout"),
                        os.path.join(scratch, f"judge.{key}.stderr"))
            if m.timed_out or m.exit_code != 0:
                entry["status"] = "timeout" if m.timed_out else "error"
                entry["message"] = describe_error(None, os.path.join(scratch, f"judge.{key}.stderr"), m.exit_code)
                log(f"  FAILED: {entry['message']}")
                break
            if index > 0:
                entry["runs"].append({"wall": m.wall, "cpu": m.cpu, "max_rss_kb": m.max_rss_kb})
                log(f"  run {index}: {m.wall:.3f} s wall, {m.cpu:.3f} s CPU")
    return results


def log(message):
    print(message, file=sys.stderr, flush=True)


def median(entry, key):
    values = [run[key] for run in entry["runs"] if run.get(key) is not None]
    return statistics.median(values) if values else None


def seconds(value):
    if value is None:
        return "—"
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def ratio(value, base):
    if value is None or not base:
        return "—"
    return f"{value / base:.1f}×" if value / base < 100 else f"{value / base:.0f}×"


def megabytes(kb):
    return "—" if kb is None else f"{kb / 1024:.0f}"


# ---------------------------------------------------------------------------------------------------------
# RESULTS.md


def write_results(path, args, queries, engines, results, context):
    lines = []
    add = lines.append
    machine = context["machine"]
    found = context["versions"]
    add("# Benchmark results")
    add("")
    add("Written by `Benchmarks/run.py`; how to rerun it and how to read it: [README.md](README.md).")
    add("")
    add(f"- **Date:** {context['date']}")
    add(f"- **Command:** `{context['command']}`")
    add(f"- **Machine:** {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gib']:.1f} GiB memory, "
        f"{machine['system']}; load average {context['load_before']} before the run, {context['load_after']} after "
        f"(the machine is shared, so wall times are noisy; CPU times much less so)")
    add(f"- **Engines:** SparkLite from `dojo` {found['dojo']} (release build, commit {found['commit']}), "
        f"DuckDB {found['duckdb']}, Polars {found['polars']}, PySpark {found['pyspark']} ({found['java']}), "
        f"Python {found['python']}")
    data_line = f"- **Data:** {args.rows:,} transactions and {generate.user_count(args.rows):,} users"
    if "tpch" in context["directories"]:
        data_line += f"; TPC-H scale factor {datasets.tpch_scale_factor(args.rows):g}"
        lineitem = (context["raw"].get("tpch") or {}).get("lineitem")
        if lineitem:
            data_line += f" ({lineitem['rows']:,} lineitems)"
    add(data_line + "; CSV files with a header row, read with an explicit schema by every engine")
    add(f"- **Runs:** {args.runs} timed run{'s' if args.runs != 1 else ''} per engine and query, after one untimed run that prints the "
        "full answer for the comparison")
    add("")
    add("## Summary")
    add("")
    add("Median wall time in seconds of a whole process (start, read the CSV files, run the query, keep the "
        "result), and its ratio to DuckDB's. ✗ marks an answer that differs from DuckDB's; a failed query shows "
        "why below.")
    add("")
    header = "| Query | " + " | ".join(ENGINE_TITLES[e] for e in engines) + " |"
    add(header)
    add("|" + "---|" * (len(engines) + 1))
    for query in queries:
        per_engine = results[query.name]
        base = median(per_engine.get(REFERENCE, {"runs": []}), "wall")
        cells = []
        for name in engines:
            entry = per_engine[name]
            if entry["status"] in ("error", "timeout") and not entry["runs"]:
                cells.append("failed" if entry["status"] == "error" else "timed out")
                continue
            wall = median(entry, "wall")
            mark = " ✗" if entry["status"] == "mismatch" else ""
            cell = seconds(wall)
            if name != REFERENCE:
                cell += f" ({ratio(wall, base)})"
            cells.append(cell + mark)
        add(f"| {query.title} | " + " | ".join(cells) + " |")
    add("")
    add_targets(add, args, queries, engines, results, context)
    add("## Per query")
    add("")
    add("Wall and CPU: medians of the timed runs. CPU is user + system time of the process and its children "
        "(PySpark's JVM included). Peak RSS: the largest resident set of the process (for PySpark, of its "
        "largest process, the JVM). In-process: the engine's own load + query time, without interpreter start, "
        "imports and session start (Python engines and the Swift API; `dojo run` is one process and reports no timings).")
    add("")
    for query in queries:
        per_engine = results[query.name]
        reference = per_engine.get(REFERENCE, {"runs": []})
        base_wall = median(reference, "wall")
        base_cpu = median(reference, "cpu")
        add(f"### {query.title}")
        add("")
        files = f"`queries/{query.name}.py` (SparkLite, PySpark), `SwiftAPI/Queries.swift` (SparkLite's Swift API), " \
                f"`queries/duckdb/{query.name}.sql`, `queries/polars/{query.name}.py`"
        rows_text = ""
        ref_rows = reference.get("result_rows")
        if ref_rows is not None:
            rows_text = f"; {ref_rows:,} result row{'s' if ref_rows != 1 else ''}"
        raw = context["raw"].get(query.dataset)
        raw_bytes = sum(raw[t]["bytes"] for t in query.tables) if raw else None
        raw_text = f"; raw column data of the tables read: {raw_bytes / 1e6:.0f} MB" if raw_bytes else ""
        add(f"{files}{rows_text}{raw_text}.")
        add("")
        add("| Engine | Answer | Wall (s) | × DuckDB | CPU (s) | × DuckDB | Peak RSS (MB) | In-process (s) |")
        add("|---|---|---|---|---|---|---|---|")
        notes = []
        for name in engines:
            entry = per_engine[name]
            answer = {"ok": "same" if name != REFERENCE else "reference", "mismatch": "**different**",
                      "error": "**failed**", "timeout": "**timed out**"}[entry["status"]]
            if entry["status"] == "ok" and entry.get("message"):
                answer = "not checked"
            wall = median(entry, "wall")
            cpu = median(entry, "cpu")
            rss = max((run["max_rss_kb"] for run in entry["runs"]), default=None)
            in_process = median(entry, "query_s")
            add(f"| {ENGINE_TITLES[name]} | {answer} | {seconds(wall)} | "
                f"{ratio(wall, base_wall) if name != REFERENCE else '1'} | {seconds(cpu)} | "
                f"{ratio(cpu, base_cpu) if name != REFERENCE else '1'} | {megabytes(rss)} | {seconds(in_process)} |")
            if entry.get("message"):
                notes.append(f"- {ENGINE_TITLES[name]}: {one_line(entry['message'])}")
        if notes:
            add("")
            lines.extend(notes)
        add("")
    if context.get("judge"):
        add_judge(add, context["judge"])
    add(LOG_HEADING)
    add("")
    add(context["log"].strip())
    add("")
    with open(path, "w") as target:
        target.write("\n".join(lines))


def add_targets(add, args, queries, engines, results, context):
    if "sparklite" not in engines or REFERENCE not in engines:
        return
    add("## SparkLite against the targets of issue #11")
    add("")
    add(f"Measured at {args.rows:,} transactions (the targets are stated for 10M). Time: median wall time "
        "within 2× DuckDB's. Memory: peak RSS under 2× the raw column data of the tables the query reads.")
    add("")
    add("| Query | SparkLite / DuckDB (wall) | Time target | Peak RSS / raw data | Memory target |")
    add("|---|---|---|---|---|")
    for query in queries:
        entry = results[query.name]["sparklite"]
        base = median(results[query.name][REFERENCE], "wall")
        raw = context["raw"].get(query.dataset)
        raw_bytes = sum(raw[t]["bytes"] for t in query.tables) if raw else None
        if not entry["runs"]:
            add(f"| {query.title} | {entry['status']} | not met | — | — |")
            continue
        wall = median(entry, "wall")
        rss = max(run["max_rss_kb"] for run in entry["runs"]) * 1024
        time_ok = base and wall / base <= 2 and entry["status"] == "ok"
        memory = rss / raw_bytes if raw_bytes else None
        add(f"| {query.title} | {ratio(wall, base)} | {'met' if time_ok else 'not met'} | "
            f"{'—' if memory is None else f'{memory:.1f}×'} | "
            f"{'—' if memory is None else ('met' if memory < 2 else 'not met')} |")
    add("")


def add_judge(add, judge):
    add("## Start-up and the judge path")
    add("")
    add(f"`Problems/{JUDGE_PROBLEM}` has a 7-row sample and 7 tests, one of them 200,000 generated rows; its "
        "reference solution ranks salaries with `dense_rank` over a window. Median of the timed runs after one untimed run (which also builds the problem "
        "bank's database). Targets of issue #11: `dojo --help` and the sample run in a few tens of milliseconds; "
        "judging on SparkLite at least 50× faster than judging the same file with `--engine spark`.")
    add("")
    add("| Command | Wall | CPU | Peak RSS (MB) |")
    add("|---|---|---|---|")
    for key, entry in judge.items():
        if not entry["runs"]:
            add(f"| {entry['title']} | {entry['status']} | — | — |")
            continue
        wall = median(entry, "wall")
        cpu = median(entry, "cpu")
        rss = max(run["max_rss_kb"] for run in entry["runs"])
        add(f"| {entry['title']} | {milliseconds(wall)} | {milliseconds(cpu)} | {megabytes(rss)} |")
    add("")
    embedded = median(judge["submit"], "wall") if judge.get("submit") else None
    spark = median(judge["submit_spark"], "wall") if judge.get("submit_spark") else None
    if embedded and spark:
        add(f"Judging on SparkLite is {spark / embedded:.0f}× faster than on real Spark "
            f"(target 50×: {'met' if spark / embedded >= 50 else 'not met'}).")
        add("")
    for entry in judge.values():
        if entry.get("message"):
            add(f"- {entry['title']}: {one_line(entry['message'])}")
            add("")


def milliseconds(value):
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def one_line(text):
    text = " ".join(str(text).split())
    return text if len(text) <= 400 else text[:397] + "..."


def existing_log(path):
    """The optimisation log of the current RESULTS.md, which every run keeps."""
    default = ("Changes to SparkLite's execution, newest first, each with the figures before and after it. "
               "No change has been measured yet: the tables above are the baseline.")
    if not os.path.exists(path):
        return default
    with open(path) as source:
        text = source.read()
    if LOG_HEADING not in text:
        return default
    return text.split(LOG_HEADING, 1)[1].strip() or default


# ---------------------------------------------------------------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="transaction rows (default 1,000,000)")
    parser.add_argument("--10m", dest="ten_million", action="store_true", help="shorthand for --rows 10000000")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per engine and query (default 3; 0 only checks the answers)")
    parser.add_argument("--engines", default=",".join(ENGINES), help=f"comma-separated, from {','.join(ENGINES)}")
    parser.add_argument("--queries", help="comma-separated query names (default: all)")
    parser.add_argument("--no-tpch", action="store_true", help="leave out TPC-H Q1, Q3 and Q6")
    parser.add_argument("--no-judge", action="store_true",
                        help="leave out the start-up and judge-path timings of `dojo` (--help, run, submit)")
    parser.add_argument("--dojo", default=os.path.join(ROOT, ".build", "release", "dojo"),
                        help="the dojo binary (default: .build/release/dojo, from `swift build -c release`)")
    parser.add_argument("--swift-bench", default=os.path.join(ROOT, ".build", "release", "sparklite-bench"),
                        help="the Swift API runner (default: .build/release/sparklite-bench, from "
                             "`swift build -c release --product sparklite-bench`)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a run is killed (default 1800)")
    parser.add_argument("--out", default=os.path.join(HERE, "RESULTS.md"), help="the Markdown report to write")
    parser.add_argument("--report-from", metavar="JSON",
                        help="run nothing: rewrite the report from a results-<scale>.json that an earlier run wrote")
    args = parser.parse_args(argv)
    if args.ten_million:
        args.rows = 10_000_000
    if args.rows < 1 or args.runs < 0:
        parser.error("--rows must be at least 1 and --runs at least 0 (0 checks the answers without timing)")
    return args


def report_from(path, out):
    """Rewrites the Markdown report from the raw results of an earlier run, with that run's command."""
    with open(path) as source:
        saved = json.load(source)
    context = saved["context"]
    args = parse_args(shlex.split(context["command"])[2:])
    results = saved["results"]
    queries = [q for q in QUERIES if q.name in results]
    engines = list(next(iter(results.values())).keys()) if results else []
    context["log"] = existing_log(out)
    write_results(out, args, queries, engines, results, context)
    log(f"wrote {os.path.relpath(out)} from {os.path.relpath(path)}")
    return 0


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.report_from:
        return report_from(args.report_from, args.out)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in ENGINES]
    if unknown:
        raise SystemExit(f"unknown engine(s): {', '.join(unknown)}; choose from {', '.join(ENGINES)}")
    engines = [e for e in ENGINES if e in engines]  # DuckDB, the reference, runs before the others
    if REFERENCE in engines:
        engines.remove(REFERENCE)
        engines.insert(0, REFERENCE)
    queries = [q for q in QUERIES if not (args.no_tpch and q.dataset == "tpch")]
    if args.queries:
        wanted = [name.strip() for name in args.queries.split(",") if name.strip()]
        known = {q.name for q in QUERIES}
        missing = [name for name in wanted if name not in known]
        if missing:
            raise SystemExit(f"unknown query(ies): {', '.join(missing)}; choose from {', '.join(sorted(known))}")
        queries = [q for q in queries if q.name in wanted]
    if "sparklite" in engines and not os.access(args.dojo, os.X_OK):
        raise SystemExit(f"{args.dojo} is not an executable; build it with `swift build -c release --product dojo` "
                         "or pass --dojo PATH")
    args.dojo = os.path.abspath(args.dojo)
    if "sparklite-swift" in engines and not os.access(args.swift_bench, os.X_OK):
        raise SystemExit(f"{args.swift_bench} is not an executable; build it with "
                         "`swift build -c release --product sparklite-bench` or pass --swift-bench PATH")
    args.swift_bench = os.path.abspath(args.swift_bench)

    log("preparing data")
    directories = prepare_data(args.rows, any(q.dataset == "tpch" for q in queries))
    raw = {name: raw_column_bytes(name, directory) for name, directory in directories.items()}
    context = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": shlex.join(["python3", os.path.relpath(os.path.abspath(sys.argv[0]), ROOT)] + argv),
        "machine": machine_description(),
        "versions": versions(args.dojo),
        "directories": directories,
        "raw": raw,
        "load_before": load_average(),
        "log": existing_log(args.out),
    }
    scratch = tempfile.mkdtemp(prefix="sparkdojo-bench-")
    try:
        results = benchmark(args, queries, engines, directories, scratch)
        if "sparklite" in engines and not args.no_judge:
            context["judge"] = judge_benchmark(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    context["load_after"] = load_average()
    write_results(args.out, args, queries, engines, results, context)
    raw_path = os.path.join(datasets.DATA_ROOT, f"results-{datasets.scale_name(args.rows)}.json")
    with open(raw_path, "w") as target:
        json.dump({"context": {k: v for k, v in context.items() if k != "log"}, "results": results}, target, indent=1)
    log(f"wrote {os.path.relpath(args.out)} and {os.path.relpath(raw_path)}")
    problems = [(q, e, results[q][e]) for q in results for e in results[q] if results[q][e]["status"] != "ok"]
    problems += [("judge", key, entry) for key, entry in (context.get("judge") or {}).items() if entry["status"] != "ok"]
    if problems:
        log("")
        log("!" * 72)
        for query, engine, entry in problems:
            log(f"!! {query} on {engine}: {entry['status'].upper()}: {one_line(entry['message'])}")
        log("!" * 72)
    return 1 if any(entry["status"] == "mismatch" for _, _, entry in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
