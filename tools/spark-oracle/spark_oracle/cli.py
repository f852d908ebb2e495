"""Command line: run one file, a batch of files in one session, or the fidelity corpus."""

import argparse
import json
import sys
import time
from pathlib import Path

from .corpus import CORPUS_ROOT, compare_results, discover_cases, run_case, write_expected
from .dataset import DatasetError, load_tables, read_dataset
from .runner import run_solution
from .session import start_session
from .table import render_json, render_table

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _conf_pairs(values):
    conf = {}
    for value in values or []:
        key, equals, setting = value.partition("=")
        if not equals:
            raise argparse.ArgumentTypeError(f"--conf expects key=value, got {value!r}")
        conf[key.strip()] = setting.strip()
    return conf


def _session(args):
    return start_session(master=args.master, remote=args.remote, conf=_conf_pairs(args.conf))


def _dataset(path):
    return read_dataset(path) if path else {"tables": {}}


def command_run(args):
    if not Path(args.file).is_file():
        raise FileNotFoundError(f"no such solution file: {args.file}")
    dataset = _dataset(args.data)
    spark = _session(args)
    tables = load_tables(spark, dataset)
    result = run_solution(spark, args.file, tables, limit=args.limit)
    output = render_json(result) if args.format == "json" else render_table(result)
    sys.stdout.write(output)
    return EXIT_FAILED if "error" in result else EXIT_OK


def command_batch(args):
    with open(args.jobs, encoding="utf-8") as handle:
        jobs = json.load(handle)
    if not isinstance(jobs, list) or not all(isinstance(job, dict) and "file" in job and "out" in job
                                             for job in jobs):
        raise DatasetError(f'{args.jobs}: expected a list of {{"file", "data", "out"}} objects')
    base = Path(args.jobs).resolve().parent
    spark = _session(args)
    failures = 0
    for job in jobs:
        started = time.monotonic()
        file_path = base / job["file"]
        try:
            tables = load_tables(spark, _dataset(base / job["data"] if job.get("data") else None),
                                 conf=job.get("conf"))
            result = run_solution(spark, file_path, tables, limit=job.get("limit"))
        except (DatasetError, OSError) as error:
            result = {"error": {"class": "DATASET", "message": str(error)}}
        out_path = base / job["out"]
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(render_json(result), encoding="utf-8")
        status = result["error"]["class"] if "error" in result else f"{len(result['rows'])} rows"
        failures += "error" in result
        print(f"{job['file']}: {status} ({time.monotonic() - started:.1f}s)", file=sys.stderr)
    print(f"{len(jobs)} jobs run, {failures} ended in an error (see their output files)", file=sys.stderr)
    return EXIT_OK


def command_corpus(args):
    cases = discover_cases(args.paths or None, root=args.root)
    if not cases:
        print("no cases found", file=sys.stderr)
        return EXIT_USAGE
    if args.stale:
        stale = [case for case in cases if case.is_stale()]
        for case in stale:
            print(f"stale: {case.name}")
        print(f"{len(stale)} of {len(cases)} cases stale or missing", file=sys.stderr)
        return EXIT_FAILED if stale else EXIT_OK
    if args.update and not args.all:
        cases = [case for case in cases if case.is_stale()]
        if not cases:
            print("every expected file is up to date", file=sys.stderr)
            return EXIT_OK
    spark = _session(args)
    failed = 0
    for index, case in enumerate(cases, 1):
        started = time.monotonic()
        try:
            record = run_case(spark, case)
        except (DatasetError, OSError) as error:
            print(f"[{index}/{len(cases)}] {case.name}: data problem: {error}", file=sys.stderr)
            failed += 1
            continue
        seconds = time.monotonic() - started
        outcome = record["error"]["class"] if "error" in record else f"{len(record['rows'])} rows"
        if args.update:
            write_expected(case, record)
            print(f"[{index}/{len(cases)}] {case.name}: {outcome} ({seconds:.1f}s)", file=sys.stderr)
            continue
        expected = case.read_expected()
        if expected is None:
            problems = ["no expected file"]
        else:
            problems = compare_results(expected, record)
            if expected.get("sha256") != record["sha256"]:
                problems.append("expected file is stale (case or data changed)")
        failed += bool(problems)
        mark = "ok" if not problems else "FAIL: " + "; ".join(problems)
        print(f"[{index}/{len(cases)}] {case.name}: {mark}", file=sys.stderr)
    print(f"{len(cases) - failed} of {len(cases)} cases {'written' if args.update else 'match'}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _add_session_options(parser):
    parser.add_argument("--master", default="local[2]", help="Spark master URL (default local[2])")
    parser.add_argument("--remote", default=None, help="Spark Connect URL, e.g. sc://localhost:15002")
    parser.add_argument("--conf", action="append", metavar="KEY=VALUE", help="extra session setting (repeatable)")


def build_parser():
    parser = argparse.ArgumentParser(prog="oracle.py", description="Run solutions on real Apache Spark.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run one .py or .sql solution and print its result")
    run.add_argument("file")
    run.add_argument("--data", help="dataset JSON ({\"tables\": ..., \"conf\": ...})")
    run.add_argument("--format", choices=["json", "table"], default="json")
    run.add_argument("--limit", type=int, default=None, help="keep at most N rows")
    _add_session_options(run)
    run.set_defaults(handler=command_run)

    batch = commands.add_parser("batch", help="run many files in one session")
    batch.add_argument("--jobs", required=True, help='JSON list of {"file", "data", "out"} (paths relative to it)')
    _add_session_options(batch)
    batch.set_defaults(handler=command_batch)

    corpus = commands.add_parser("corpus", help="check or regenerate Tests/Fidelity expected files")
    corpus.add_argument("paths", nargs="*", help="case files or folders (default: the whole corpus)")
    corpus.add_argument("--update", action="store_true", help="write .expected.json for missing or stale cases")
    corpus.add_argument("--all", action="store_true", help="with --update: rewrite every expected file")
    corpus.add_argument("--stale", action="store_true", help="only list stale or missing cases (no Spark)")
    corpus.add_argument("--root", default=str(CORPUS_ROOT), help=argparse.SUPPRESS)
    _add_session_options(corpus)
    corpus.set_defaults(handler=command_corpus)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (DatasetError, OSError, json.JSONDecodeError, argparse.ArgumentTypeError) as error:
        print(f"oracle: {error}", file=sys.stderr)
        return EXIT_USAGE
