"""`predict_plan` questions: their answers are computed by running the snippet on real Spark and
stored in `Problems/questions/expected/<id>.json` ({"predict", "answer", "input_hash",
"spark_version"}), never typed by an author.

Answers: `shuffles` is the plan's shuffle count; `stages` is shuffles + 1 (the stages of the
query's own job in the initial plan; broadcast jobs are not counted); `join_strategy` is the first
join operator of the physical plan (BroadcastHashJoin, SortMergeJoin, ShuffledHashJoin,
BroadcastNestedLoopJoin, CartesianProduct) or "none"; `partitions` is
`result.rdd.getNumPartitions()` (for an RDD result, its own count).
"""

import importlib.util
import itertools
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .canonical import HASH_FORMAT, canonical_json, sha256_hex
from .generator import generate_rows
from .yaml_source import load_yaml

JOIN_OPERATORS = ("BroadcastHashJoin", "SortMergeJoin", "ShuffledHashJoin", "BroadcastNestedLoopJoin", "CartesianProduct")
_counter = itertools.count(1)


@dataclass
class PlanQuestion:
    id: str
    code: str
    predict: str
    written: dict      # {"tables": …, "conf": …} as written (hashed)
    expected_path: Path

    @property
    def input_hash(self):
        document = {"format": HASH_FORMAT, "code": self.code, "dataset": self.written, "predict": self.predict}
        return sha256_hex(canonical_json(document))

    def status(self):
        if not self.expected_path.exists():
            return "missing"
        with open(self.expected_path, encoding="utf-8") as handle:
            stored = json.load(handle)
        return "ok" if stored.get("input_hash") == self.input_hash else "stale"


def discover_questions(problems_dir):
    directory = Path(problems_dir) / "questions"
    found = []
    for path in sorted(directory.glob("*.yaml")):
        for question in (load_yaml(path) or {}).get("questions") or []:
            if question.get("type") != "predict_plan":
                continue
            dataset = question.get("dataset") or {}
            found.append(PlanQuestion(
                id=question["id"], code=question["code"], predict=question["predict"],
                written={"tables": dataset.get("tables") or {}, "conf": dataset.get("conf") or {}},
                expected_path=directory / "expected" / f"{question['id']}.json"))
    return found


def _column_names(ddl):
    from pyspark.sql import types as T

    return [field.name for field in T._parse_datatype_string(ddl).fields]


def materialise(written):
    tables = {}
    for name, table in written["tables"].items():
        if "generate" in table:
            rows = generate_rows(table["generate"], _column_names(table["schema"]))
        else:
            rows = table.get("rows") or []
        tables[name] = {"schema": table["schema"], "rows": rows}
    conf = {key: value if isinstance(value, str) else json.dumps(value) for key, value in written["conf"].items()}
    return {"tables": tables, "conf": conf}


def _partitions(spark, path, tables):
    from spark_oracle.runner import bind_arguments

    spec = importlib.util.spec_from_file_location(f"_plan_question_{next(_counter)}", str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.solve(**bind_arguments(module.solve, spark, tables))
    rdd = result if hasattr(result, "getNumPartitions") and not hasattr(result, "schema") else result.rdd
    return rdd.getNumPartitions()


def compute_answer(spark, question):
    """The answer real Spark gives, or raises with the solution's error."""
    from spark_oracle import load_tables, run_solution, unload_tables

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{question.id.replace('-', '_')}.py"
        path.write_text(question.code, encoding="utf-8")
        tables = load_tables(spark, materialise(question.written))
        try:
            result = run_solution(spark, path, tables)
            if "error" in result:
                raise RuntimeError(f"question {question.id}: the snippet failed on real Spark: {result['error']}")
            plan = result["plan"]
            if question.predict == "shuffles":
                return plan["shuffles"]
            if question.predict == "stages":
                return plan["shuffles"] + 1
            if question.predict == "join_strategy":
                return next((op for op in plan.get("operators") or [] if op in JOIN_OPERATORS), "none")
            if question.predict == "partitions":
                return _partitions(spark, path, tables)
            raise RuntimeError(f"question {question.id}: unknown prediction {question.predict!r}")
        finally:
            unload_tables(spark)


def write_answer(question, answer, spark_version):
    question.expected_path.parent.mkdir(exist_ok=True)
    record = {"predict": question.predict, "answer": answer, "input_hash": question.input_hash,
              "spark_version": spark_version}
    question.expected_path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
