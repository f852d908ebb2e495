"""python3 tools/spark-oracle/problems.py — expected outputs of the problem bank from real Spark.

  problems.py [SLUG...]              re-run every reference solution and compare with the stored
                                     expected outputs; check every listed variant's verdict
  problems.py --update [SLUG...]     write missing or stale expected outputs (--all: every one),
                                     then check the variants
  problems.py --stale [SLUG...]      list missing or stale expected outputs (no Spark)
  problems.py --solution FILE SLUG   run FILE on every test of SLUG and print the results as JSON
                                     (what `dojo submit --engine spark` uses)
  problems.py --questions [--update] only the predict_plan questions: compute (or recompute and
                                     compare) their answers on real Spark

Without SLUGs, the predict_plan questions of Problems/questions/ are processed too.

All problems run in one Spark session (local[2], the project's defaults).
"""

import argparse
import json
import sys
import time
from pathlib import Path

from .compare import compare
from .questions import compute_answer, discover_questions, write_answer
from .sources import SourceError, discover

REPOSITORY = Path(__file__).resolve().parents[3]


def _log(message):
    print(message, file=sys.stderr, flush=True)


def expected_status(problem, test):
    """'ok', 'missing' or 'stale' for a test's stored expected output (no Spark)."""
    path = problem.expected_path(test)
    if not path.exists():
        return "missing"
    with open(path, encoding="utf-8") as handle:
        stored = json.load(handle)
    return "ok" if stored.get("input_hash") == problem.hash_for(test) else "stale"


def format_expected(record):
    """The expected file: one row per line, so diffs stay readable."""
    head = [f'  "columns": {json.dumps(record["columns"], ensure_ascii=False)}']
    rows = record["rows"]
    if rows:
        body = ",\n".join("    " + json.dumps(row, ensure_ascii=False) for row in rows)
        head.append(f'  "rows": [\n{body}\n  ]')
    else:
        head.append('  "rows": []')
    for key in ("shuffles", "input_hash", "spark_version"):
        head.append(f'  "{key}": {json.dumps(record[key])}')
    return "{\n" + ",\n".join(head) + "\n}\n"


def run_on_test(spark, problem, test, solution_path):
    from spark_oracle import load_tables, run_solution, unload_tables

    tables = load_tables(spark, problem.dataset(test))
    try:
        return run_solution(spark, solution_path, tables)
    finally:
        unload_tables(spark)


def plan_rule_failures(rules, plan):
    """The plan rules real Spark's plan shows to be broken, as (rule, limit, actual)."""
    failures = []
    operators = plan.get("operators") or []
    if "max_shuffles" in rules and plan.get("shuffles", 0) > rules["max_shuffles"]:
        failures.append(("max_shuffles", rules["max_shuffles"], plan.get("shuffles")))
    if rules.get("require_broadcast") and plan.get("broadcasts", 0) == 0:
        failures.append(("require_broadcast", rules["require_broadcast"], 0))
    forbidden_operators = {"cartesian": ("CartesianProduct",), "nested_loop_join": ("BroadcastNestedLoopJoin",),
                           "cross_join": ("CartesianProduct", "BroadcastNestedLoopJoin"),
                           "python_udf": ("BatchEvalPython", "ArrowEvalPython")}
    for name in rules.get("forbid") or []:
        found = [op for op in operators if any(op.startswith(prefix) for prefix in forbidden_operators.get(name, ()))]
        if name == "group_by_key":
            # An RDD result's lineage (toDebugString) names the call that made each shuffle.
            found = [line.strip() for line in (plan.get("physical") or "").splitlines() if " at groupByKey at " in line]
        if found:
            failures.append(("forbid", name, found[0]))
    return failures


def verdict_of(problem, results, expected):
    """The verdict a solution gets on real Spark, from its results on every test."""
    for result in results.values():
        if "error" in result:
            error_class = result["error"].get("class", "")
            return "compile_error" if error_class in ("SyntaxError", "PARSE_SYNTAX_ERROR") else "runtime_error"
    for name, result in results.items():
        if compare(expected[name], result, problem.comparison) is not None:
            return "wrong_answer"
    for result in results.values():
        if plan_rule_failures(problem.plan_rules, result.get("plan") or {}):
            return "plan_rule_violated"
    return "accepted"


# Forbidden operations real Spark's plan shows; `collect` and `group_by_key` are seen by SparkLite only.
PLAN_VISIBLE_FORBIDDEN = {"cartesian", "nested_loop_join", "cross_join", "python_udf"}


def spark_judges_rule(problem, rule):
    """Whether real Spark's plan can show a variant breaking `rule` (else SparkLite alone judges it)."""
    if rule in ("max_shuffles", "require_broadcast"):
        return True
    if rule == "forbid":
        return all(name in PLAN_VISIBLE_FORBIDDEN for name in problem.plan_rules.get("forbid") or [])
    return False


def check_variants(spark, problem, expected, report):
    for solution in problem.solutions:
        if solution.get("reference"):
            continue
        declared = solution.get("verdict", "accepted")
        results = {test.name: run_on_test(spark, problem, test, problem.solution_path(solution)) for test in problem.tests}
        actual = verdict_of(problem, results, expected)
        if actual == declared:
            _log(f"  {solution['file']}: {actual} (as declared)")
        elif declared in ("time_limit_exceeded", "memory_limit_exceeded", "unsupported") or (
                declared == "plan_rule_violated" and actual == "accepted"
                and not spark_judges_rule(problem, solution.get("rule"))):
            _log(f"  {solution['file']}: {actual} on real Spark; declared {declared} is judged by SparkLite only")
        else:
            report.append(f"{problem.slug}: {solution['file']} gets {actual} on real Spark but declares {declared}")


def process(spark, problem, update, rewrite_all, report):
    from pyspark import __version__ as spark_version

    reference = problem.solution_path(problem.reference)
    expected = {}
    for test in problem.tests:
        status = expected_status(problem, test)
        path = problem.expected_path(test)
        if update and status == "ok" and not rewrite_all:
            with open(path, encoding="utf-8") as handle:
                expected[test.name] = json.load(handle)
            continue
        started = time.time()
        result = run_on_test(spark, problem, test, reference)
        if "error" in result:
            report.append(f"{problem.slug}/{test.name}: the reference solution failed: {result['error']}")
            continue
        record = {"columns": result["columns"], "rows": result["rows"], "shuffles": result["plan"]["shuffles"],
                  "input_hash": problem.hash_for(test), "spark_version": spark_version}
        expected[test.name] = record
        seconds = time.time() - started
        if update:
            path.parent.mkdir(exist_ok=True)
            path.write_text(format_expected(record), encoding="utf-8")
            _log(f"  {test.name}: wrote {len(record['rows'])} rows, {record['shuffles']} shuffles ({seconds:.1f} s)")
        elif status != "ok":
            report.append(f"{problem.slug}/{test.name}: expected output is {status}; run with --update")
        else:
            with open(path, encoding="utf-8") as handle:
                stored = json.load(handle)
            difference = compare(stored, result, {"ordered": True, "float_tolerance": 0.0}) if problem.comparison.get("ordered") \
                else compare(stored, result, {"float_tolerance": 0.0})
            if difference or stored.get("shuffles") != record["shuffles"]:
                report.append(f"{problem.slug}/{test.name}: real Spark now gives a different output ({difference or 'shuffles'})")
            else:
                _log(f"  {test.name}: matches ({seconds:.1f} s)")
    if len(expected) == len(problem.tests):
        check_variants(spark, problem, expected, report)


def run_solution_file(spark, problem, path):
    tests = []
    for test in problem.tests:
        result = run_on_test(spark, problem, test, path)
        tests.append({"name": test.name, "hidden": test.hidden, "result": result})
    return {"problem": problem.slug, "tests": tests}


def build_parser():
    parser = argparse.ArgumentParser(prog="problems.py", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("slugs", nargs="*", metavar="SLUG", help="problems to process (default: all)")
    parser.add_argument("--problems", default=str(REPOSITORY / "Problems"), help="the Problems/ directory")
    parser.add_argument("--update", action="store_true", help="write missing or stale expected outputs")
    parser.add_argument("--all", action="store_true", help="with --update: rewrite every expected output")
    parser.add_argument("--stale", action="store_true", help="only list missing or stale expected outputs")
    parser.add_argument("--solution", metavar="FILE", help="run FILE on the tests of one SLUG and print JSON")
    parser.add_argument("--questions", action="store_true", help="only the predict_plan questions")
    return parser


def process_questions(spark, questions, update, rewrite_all, report):
    from pyspark import __version__ as spark_version

    for question in questions:
        status = question.status()
        if update and status == "ok" and not rewrite_all:
            continue
        try:
            answer = compute_answer(spark, question)
        except Exception as error:  # the snippet's own failure is the report
            report.append(str(error))
            continue
        if update:
            write_answer(question, answer, spark_version)
            _log(f"  question {question.id}: {question.predict} = {answer}")
        elif status != "ok":
            report.append(f"question {question.id}: computed answer is {status}; run with --questions --update")
        else:
            with open(question.expected_path, encoding="utf-8") as handle:
                stored = json.load(handle)
            if stored.get("answer") != answer:
                report.append(f"question {question.id}: real Spark now answers {answer!r}, stored {stored.get('answer')!r}")
            else:
                _log(f"  question {question.id}: matches ({answer})")


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        problems = [] if args.questions else discover(args.problems, args.slugs)
        questions = discover_questions(args.problems) if args.questions or not args.slugs else []
    except (SourceError, OSError, KeyError) as error:
        _log(f"error: {error}")
        return 2
    if args.stale:
        stale = [f"{problem.slug}/{test.name}: {status}" for problem in problems for test in problem.tests
                 if (status := expected_status(problem, test)) != "ok"]
        stale += [f"question {question.id}: {status}" for question in questions if (status := question.status()) != "ok"]
        print("\n".join(stale) if stale else "every expected output is up to date")
        return 1 if stale else 0
    if args.solution and len(problems) != 1:
        _log("error: --solution needs exactly one SLUG")
        return 2

    from spark_oracle import start_session

    spark = start_session()
    if args.solution:
        print(json.dumps(run_solution_file(spark, problems[0], args.solution), ensure_ascii=False))
        return 0
    report = []
    for problem in problems:
        _log(f"{problem.slug}:")
        process(spark, problem, args.update, args.all, report)
    if questions:
        _log("questions:")
        process_questions(spark, questions, args.update, args.all, report)
    for line in report:
        _log(f"FAIL {line}")
    _log(f"{len(problems)} problem(s), {len(questions)} predict_plan question(s), {len(report)} failure(s)")
    return 1 if report else 0
