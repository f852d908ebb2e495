import hashlib
import json
import tempfile
import unittest
from pathlib import Path

import _path  # noqa: F401

from spark_oracle.corpus import CORPUS_ROOT, CaseHeader, compare_results, discover_cases, format_expected
from spark_oracle.plan import normalize_ids, text_plan_summary
from spark_oracle.runner import sql_query_text


class CaseHeaderTests(unittest.TestCase):
    def test_headers(self):
        cases = [
            ("# data: employees.json\n# ordered: true\n# conf: spark.sql.autoBroadcastJoinThreshold=-1\nimport x\n# data: no.json\n",
             CaseHeader("employees.json", True, {"spark.sql.autoBroadcastJoinThreshold": "-1"})),
            ("-- data: orders.json\nSELECT 1", CaseHeader("orders.json", False, {})),
            ("\n# data: a.json\n\n# conf: a=1\n# conf: b = 2\nx = 1", CaseHeader("a.json", False, {"a": "1", "b": "2"})),
            ("# ordered: TRUE\n", CaseHeader(None, True, {})),
            ("SELECT 1 -- data: late.json", CaseHeader(None, False, {})),
        ]
        for source, expected in cases:
            with self.subTest(source=source):
                self.assertEqual(CaseHeader.parse(source), expected)


class CorpusFilesTests(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.root = Path(self.directory.name)
        (self.root / "data").mkdir()
        (self.root / "data" / "d.json").write_text('{"tables": {}}')
        (self.root / "data" / "helper.py").write_text("")
        (self.root / "joins").mkdir()
        (self.root / "joins" / "a.py").write_text("# data: d.json\ndef solve(spark): pass\n")
        (self.root / "joins" / "b.sql").write_text("SELECT 1\n")
        (self.root / "joins" / "b.expected.json").write_text("{}")
        (self.root / "joins" / "_shared.py").write_text("")

    def tearDown(self):
        self.directory.cleanup()

    def test_discovery_skips_data_expected_and_private_files(self):
        names = [case.name for case in discover_cases(root=self.root)]
        self.assertEqual(names, ["joins/a.py", "joins/b.sql"])

    def test_hash_is_case_bytes_newline_data_bytes(self):
        case, sql_case = discover_cases(root=self.root)
        source = (self.root / "joins" / "a.py").read_bytes()
        expected = hashlib.sha256(source + b"\n" + b'{"tables": {}}').hexdigest()
        self.assertEqual(case.source_hash(), expected)
        self.assertEqual(sql_case.source_hash(), hashlib.sha256(b"SELECT 1\n\n").hexdigest())
        self.assertEqual(sql_case.expected_path.name, "b.expected.json")
        self.assertTrue(case.is_stale())
        self.assertTrue(sql_case.is_stale())


class FormatAndCompareTests(unittest.TestCase):
    record = {"case": "x.py", "ordered": False, "columns": [{"name": "a", "type": "int"}],
              "rows": [[1], [2.0000000001]], "plan": {"shuffles": 1, "broadcasts": 0, "operators": ["Exchange"],
                                                     "exchanges": ["hashpartitioning"]}}

    def test_format_round_trips(self):
        self.assertEqual(json.loads(format_expected(self.record)), self.record)
        self.assertIn('\n    [1],\n', format_expected(self.record))

    def test_compare(self):
        same_reordered = dict(self.record, rows=[[2.0], [1]])
        self.assertEqual(compare_results(self.record, same_reordered), [])
        ordered = dict(self.record, ordered=True)
        self.assertTrue(compare_results(ordered, dict(same_reordered, ordered=True)))
        other_plan = dict(self.record, plan=dict(self.record["plan"], shuffles=2))
        self.assertTrue(any("shuffles" in problem for problem in compare_results(self.record, other_plan)))
        error = {"error": {"class": "DIVIDE_BY_ZERO", "message": ""}}
        self.assertTrue(compare_results(error, self.record))
        self.assertEqual(compare_results(error, {"error": {"class": "DIVIDE_BY_ZERO", "message": "x"}}), [])


class TextTests(unittest.TestCase):
    def test_normalize_ids(self):
        text = "Exchange hashpartitioning(k#12, 200), ENSURE_REQUIREMENTS, [plan_id=35]\nSubquery subquery#3, [id=#27]"
        self.assertEqual(normalize_ids(text),
                         "Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]\n"
                         "Subquery subquery#x, [id=#x]")

    def test_sql_query_text_drops_one_trailing_semicolon(self):
        self.assertEqual(sql_query_text("-- data: a.json\nSELECT 1;\n"), "-- data: a.json\nSELECT 1")
        self.assertEqual(sql_query_text("SELECT ';'"), "SELECT ';'")

    def test_text_summary_agrees_with_jvm_summary_on_the_corpus(self):
        # Every stored DataFrame plan was summarised from the JVM plan; reading the explain text alone
        # (what a Spark Connect session offers) must give the same counts and operators.
        checked = 0
        for path in sorted(CORPUS_ROOT.rglob("*.expected.json")):
            record = json.loads(path.read_text())
            plan = record.get("plan")
            if not plan or "partitions" in plan:
                continue
            summary = text_plan_summary(plan["physical"])
            with self.subTest(case=record["case"]):
                self.assertEqual(summary["shuffles"], plan["shuffles"])
                self.assertEqual(summary["broadcasts"], plan["broadcasts"])
                self.assertEqual(summary["exchanges"], plan["exchanges"])
                self.assertEqual(summary["operators"], plan["operators"])
            checked += 1
        self.assertGreater(checked, 0)


if __name__ == "__main__":
    unittest.main()
