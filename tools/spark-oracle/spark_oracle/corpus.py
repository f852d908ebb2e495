"""The fidelity corpus: case discovery, headers, staleness hashes, expected files, comparison."""

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .dataset import load_tables, read_dataset
from .plan import normalize_ids
from .runner import run_solution

REPO_ROOT = Path(__file__).resolve().parents[3]
CORPUS_ROOT = REPO_ROOT / "Tests" / "Fidelity"
CASE_SUFFIXES = (".py", ".sql")
EXPECTED_SUFFIX = ".expected.json"


@dataclass
class CaseHeader:
    """Leading comment lines of a case: `# data: x.json`, `# ordered: true`, `# conf: key=value` (repeatable)."""

    data: str = None
    ordered: bool = False
    conf: dict = field(default_factory=dict)

    @classmethod
    def parse(cls, source):
        header = cls()
        for line in source.split("\n"):
            stripped = line.strip()
            if stripped.startswith("#"):
                body = stripped[1:]
            elif stripped.startswith("--"):
                body = stripped[2:]
            elif not stripped:
                continue
            else:
                break
            key, colon, value = body.partition(":")
            if not colon:
                continue
            key, value = key.strip().lower(), value.strip()
            if key == "data":
                header.data = value
            elif key == "ordered":
                header.ordered = value.lower() == "true"
            elif key == "conf" and "=" in value:
                name, _, setting = value.partition("=")
                header.conf[name.strip()] = setting.strip()
        return header


@dataclass
class Case:
    path: Path
    root: Path

    @property
    def name(self):
        return self.path.relative_to(self.root).as_posix()

    @property
    def expected_path(self):
        return self.path.with_name(self.path.name[: -len(self.path.suffix)] + EXPECTED_SUFFIX)

    def source_bytes(self):
        return self.path.read_bytes()

    @property
    def header(self):
        return CaseHeader.parse(self.source_bytes().decode("utf-8"))

    @property
    def data_path(self):
        data = self.header.data
        return self.root / "data" / data if data else None

    def source_hash(self):
        """sha256 of the case file bytes, a newline, and the data file bytes (nothing when no data)."""
        digest = hashlib.sha256(self.source_bytes())
        digest.update(b"\n")
        data_path = self.data_path
        if data_path is not None and data_path.exists():
            digest.update(data_path.read_bytes())
        return digest.hexdigest()

    def read_expected(self):
        if not self.expected_path.exists():
            return None
        with open(self.expected_path, encoding="utf-8") as handle:
            return json.load(handle)

    def is_stale(self):
        expected = self.read_expected()
        return expected is None or expected.get("sha256") != self.source_hash()


def discover_cases(paths=None, root=CORPUS_ROOT):
    """Every case file under the given files/folders (default: the whole corpus), sorted."""
    root = Path(root).resolve()
    targets = [Path(p).resolve() for p in paths] if paths else [root]
    found = set()
    for target in targets:
        candidates = [target] if target.is_file() else target.rglob("*")
        for candidate in candidates:
            if (candidate.is_file() and candidate.suffix in CASE_SUFFIXES and not candidate.name.startswith("_")
                    and "data" not in candidate.relative_to(root).parts[:1]):
                found.add(candidate)
    return [Case(path, root) for path in sorted(found)]


def _portable(result, case):
    """Make a result independent of where the checkout lives and of session history."""
    text = json.dumps(result, ensure_ascii=False)
    text = text.replace(str(case.path), case.path.relative_to(REPO_ROOT).as_posix())
    text = text.replace(str(REPO_ROOT) + "/", "")
    result = json.loads(text)
    plan = result.get("plan")
    if plan and "physical" in plan:
        physical = normalize_ids(plan["physical"])
        if "partitions" in plan:  # an RDD lineage: RDD ids depend on what ran before
            physical = re.sub(r"\[\d+\]", "[x]", physical)
        plan["physical"] = physical
    return result


def run_case(spark, case):
    """Run one case on spark with its data and confs; the result as stored in .expected.json."""
    header = case.header
    dataset = read_dataset(case.data_path) if case.data_path else {"tables": {}}
    tables = load_tables(spark, dataset, conf=header.conf)
    result = run_solution(spark, case.path, tables, normalize=True)
    record = {
        "case": case.name,
        "data": header.data,
        "ordered": header.ordered,
        "conf": {**(dataset.get("conf") or {}), **header.conf},
        "sha256": case.source_hash(),
        "spark_version": spark.version,
    }
    record.update(_portable(result, case))
    return record


def format_expected(record):
    """JSON with one row per line, so diffs of expected files read like diffs of tables."""
    compact = lambda value: json.dumps(value, ensure_ascii=False)
    lines = ["{"]
    items = list(record.items())
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        if key == "rows":
            if value:
                lines.append(f'  "rows": [')
                lines.extend(f"    {compact(row)}" + ("," if i < len(value) - 1 else "") for i, row in enumerate(value))
                lines.append(f"  ]{comma}")
            else:
                lines.append(f'  "rows": []{comma}')
        elif key in ("plan", "error", "metrics"):
            lines.append(f'  "{key}": {{')
            entries = list(value.items())
            for i, (name, item) in enumerate(entries):
                lines.append(f'    "{name}": {compact(item)}' + ("," if i < len(entries) - 1 else ""))
            lines.append(f"  }}{comma}")
        else:
            lines.append(f'  "{key}": {compact(value)}{comma}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_expected(case, record):
    case.expected_path.write_text(format_expected(record), encoding="utf-8")


def _row_key(row):
    return json.dumps(row, sort_keys=True)


def _close(a, b):
    if isinstance(a, float) or isinstance(b, float):
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
            return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    return a == b


def compare_results(expected, actual):
    """Differences between two stored results (columns, rows as multiset or in order, plan counts, error)."""
    problems = []
    if ("error" in expected) != ("error" in actual):
        return [f"expected {'an error' if 'error' in expected else 'rows'}, got "
                f"{'an error: ' + actual['error']['class'] if 'error' in actual else 'rows'}"]
    if "error" in expected:
        if expected["error"]["class"] != actual["error"]["class"]:
            problems.append(f"error class {actual['error']['class']} != {expected['error']['class']}")
        return problems
    if expected["columns"] != actual["columns"]:
        problems.append(f"columns {actual['columns']} != {expected['columns']}")
    expected_rows, actual_rows = expected["rows"], actual["rows"]
    if not expected.get("ordered"):
        expected_rows = sorted(expected_rows, key=_row_key)
        actual_rows = sorted(actual_rows, key=_row_key)
    if len(expected_rows) != len(actual_rows) or not all(
            _close(a, b) for a, b in zip(expected_rows, actual_rows)):
        problems.append(f"rows differ: {len(actual_rows)} rows vs {len(expected_rows)} expected")
    for key in ("shuffles", "broadcasts", "operators", "exchanges"):
        if expected["plan"].get(key) != actual["plan"].get(key):
            problems.append(f"plan {key} {actual['plan'].get(key)} != {expected['plan'].get(key)}")
    expected_records = (expected.get("metrics") or {}).get("shuffle_records_written")
    actual_records = (actual.get("metrics") or {}).get("shuffle_records_written")
    if expected_records is not None and actual_records is not None and expected_records != actual_records:
        problems.append(f"shuffle records written {actual_records} != {expected_records}")
    return problems
