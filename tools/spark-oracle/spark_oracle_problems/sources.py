"""Reading problem folders (`Problems/<slug>/problem.yaml`, `tests.yaml`, data files) into plain
dicts, with each test's dataset materialised in the project's dataset format.

Validation with file:line messages is the Swift bank's job (`dojo bank check`); this reader only
stops with a clear message when something it needs is missing.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from .canonical import input_hash
from .generator import generate_rows
from .yaml_source import load_yaml

SAMPLE = "sample"


class SourceError(ValueError):
    """A problem source this tool cannot use; the message names the file."""


@dataclass
class TestSpec:
    name: str
    hidden: bool
    description: str
    written: dict          # {"tables": …, "conf": …} as written (hashed)
    dataset: dict = None   # materialised lazily: {"tables": {name: {"schema", "rows"}}, "conf": {…}}


@dataclass
class ProblemSpec:
    slug: str
    directory: Path
    root: Path
    kind: str
    tables: list                      # [(name, ddl)]
    comparison: dict
    plan_rules: dict
    solutions: list                   # [{"file", "verdict", "reference", "rule", "note"}]
    tests: list = field(default_factory=list)

    @property
    def reference(self):
        for solution in self.solutions:
            if solution.get("reference"):
                return solution
        raise SourceError(f"{self.directory / 'problem.yaml'}: no solution has 'reference: true'")

    def solution_path(self, solution):
        return self.root / solution["file"]

    def expected_path(self, test):
        return self.directory / "expected" / f"{test.name}.json"

    def hash_for(self, test):
        reference = self.solution_path(self.reference).read_bytes()
        return input_hash(self.kind, self.tables, test.written, reference)

    def dataset(self, test):
        if test.dataset is None:
            test.dataset = materialise(self, test.written)
        return test.dataset


def _column_names(ddl):
    from pyspark.sql import types as T

    parsed = T._parse_datatype_string(ddl)
    return [field.name for field in parsed.fields]


def materialise(problem, written):
    tables = {}
    for name, ddl in problem.tables:
        source = (written.get("tables") or {}).get(name)
        if source is None:
            raise SourceError(f"{problem.slug}: a test has no data for table {name!r}")
        if isinstance(source, list):
            rows = source
        elif "generate" in source:
            rows = generate_rows(source["generate"], _column_names(ddl))
        else:
            rows = source.get("rows", [])
        tables[name] = {"schema": ddl, "rows": rows}
    conf = {key: value if isinstance(value, str) else json.dumps(value)
            for key, value in (written.get("conf") or {}).items()}
    return {"tables": tables, "conf": conf}


def _written(node):
    return {"tables": node.get("tables") or {}, "conf": node.get("conf") or {}}


def load_problem(directory):
    directory = Path(directory)
    problem_file = directory / "problem.yaml"
    if not problem_file.exists():
        raise SourceError(f"{problem_file}: missing")
    source = load_yaml(problem_file) or {}
    tables = [(name, spec["schema"]) for name, spec in (source.get("tables") or {}).items()]
    problem = ProblemSpec(
        slug=source.get("slug") or directory.name,
        directory=directory,
        root=directory.parent.parent,
        kind=source.get("kind", "dataframe"),
        tables=tables,
        comparison=source.get("comparison") or {},
        plan_rules=source.get("plan_rules") or {},
        solutions=source.get("solutions") or [],
    )
    problem.tests.append(TestSpec(SAMPLE, False, "the example of the statement", _written(source.get("sample") or {})))
    tests_file = directory / "tests.yaml"
    tests_source = load_yaml(tests_file) if tests_file.exists() else {}
    for test in (tests_source or {}).get("tests") or []:
        if "data_file" in test:
            with open(directory / test["data_file"], encoding="utf-8") as handle:
                written = _written(json.load(handle))
        else:
            written = _written(test)
        problem.tests.append(TestSpec(test["name"], bool(test.get("hidden")), test.get("description") or "", written))
    return problem


def discover(problems_dir, slugs=None):
    problems_dir = Path(problems_dir)
    folders = sorted(path for path in problems_dir.iterdir()
                     if path.is_dir() and path.name != "questions" and not path.name.startswith("."))
    if slugs:
        known = {path.name: path for path in folders}
        missing = [slug for slug in slugs if slug not in known]
        if missing:
            raise SourceError(f"no problem folder for: {', '.join(missing)}")
        folders = [known[slug] for slug in slugs]
    return [load_problem(folder) for folder in folders]
