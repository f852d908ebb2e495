import contextlib
import io
import tempfile
import unittest
from pathlib import Path

import _path  # noqa: F401

from spark_oracle.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, build_parser, main
from spark_oracle.corpus import discover_cases, format_expected


class ParserTests(unittest.TestCase):
    def test_commands_and_defaults(self):
        parser = build_parser()
        run = parser.parse_args(["run", "a.py", "--data", "d.json", "--format", "table", "--conf", "a=1"])
        self.assertEqual((run.file, run.data, run.format, run.master, run.conf), ("a.py", "d.json", "table", "local[2]", ["a=1"]))
        batch = parser.parse_args(["batch", "--jobs", "jobs.json", "--remote", "sc://localhost:15002"])
        self.assertEqual((batch.jobs, batch.remote), ("jobs.json", "sc://localhost:15002"))
        corpus = parser.parse_args(["corpus", "--update", "Tests/Fidelity/joins"])
        self.assertTrue(corpus.update)
        self.assertEqual(corpus.paths, ["Tests/Fidelity/joins"])

    def test_bad_conf_is_a_usage_error(self):
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr):
            code = main(["run", __file__, "--conf", "no-equals-sign"])
        self.assertEqual(code, EXIT_USAGE)
        self.assertIn("key=value", stderr.getvalue())

    def test_missing_solution_file_is_a_usage_error(self):
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr):
            code = main(["run", "no/such/solution.py"])
        self.assertEqual(code, EXIT_USAGE)
        self.assertIn("no such solution file", stderr.getvalue())


class StaleCommandTests(unittest.TestCase):
    def test_stale_lists_missing_and_changed_cases_without_spark(self):
        with tempfile.TemporaryDirectory() as directory:
            root = Path(directory)
            (root / "data").mkdir()
            (root / "data" / "d.json").write_text('{"tables": {}}')
            (root / "sql").mkdir()
            (root / "sql" / "a.sql").write_text("-- data: d.json\nSELECT 1\n")
            (root / "sql" / "b.sql").write_text("SELECT 2\n")
            fresh = discover_cases(root=root)[1]
            fresh.expected_path.write_text(format_expected({"sha256": fresh.source_hash()}))
            stderr, stdout = io.StringIO(), io.StringIO()
            with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
                code = main(["corpus", "--stale", "--root", str(root)])
            self.assertEqual(code, EXIT_FAILED)
            self.assertEqual(stdout.getvalue(), "stale: sql/a.sql\n")
            with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
                (root / "data" / "d.json").write_text('{"tables": {"t": {"schema": "a INT", "rows": []}}}')
                self.assertEqual(main(["corpus", "--stale", "--root", str(root), str(root / "sql" / "b.sql")]), EXIT_OK)


if __name__ == "__main__":
    unittest.main()
