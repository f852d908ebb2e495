"""Tests against a real local Spark (slow: starts a JVM). Run with SPARK_ORACLE_SPARK_TESTS=1."""

import os
import tempfile
import textwrap
import unittest
from pathlib import Path

import _path  # noqa: F401

from spark_oracle import load_tables, run_solution, start_session, unload_tables
from spark_oracle.encoding import encode_value

ENABLED = os.environ.get("SPARK_ORACLE_SPARK_TESTS") == "1"

DATASET = {
    "conf": {"spark.sql.autoBroadcastJoinThreshold": "-1"},
    "tables": {
        "t": {
            "schema": "id INT, d DATE, ts TIMESTAMP, price DECIMAL(10,2), x DOUBLE, days ARRAY<DATE>, "
                      "m MAP<STRING, DECIMAL(4,1)>, s STRUCT<at: TIMESTAMP, n: INT>",
            "rows": [
                [1, "2024-02-29", "2024-03-01 10:11:12", "12.5", "NaN", ["2024-01-31"], {"a": "1.5"},
                 ["2024-01-01 00:00:01", 3]],
                [2, None, "2024-03-01 10:11:12.5", 3, 2, [], {}, None],
            ],
        },
        "Orders": {"schema": "k INT", "rows": [[1], [2]]},
    },
}


@unittest.skipUnless(ENABLED, "set SPARK_ORACLE_SPARK_TESTS=1 to run against real Spark")
class RealSparkTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spark = start_session()
        cls.directory = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    def write(self, name, text):
        path = Path(self.directory.name) / name
        path.write_text(textwrap.dedent(text).lstrip())
        return path

    def test_dataset_values_round_trip(self):
        tables = load_tables(self.spark, DATASET)
        result = run_solution(self.spark, self.write("all.sql", "SELECT * FROM t ORDER BY id;\n"), tables)
        self.assertEqual(result["rows"], [
            [1, "2024-02-29", "2024-03-01 10:11:12", "12.50", "NaN", ["2024-01-31"], {"a": "1.5"},
             ["2024-01-01 00:00:01", 3]],
            [2, None, "2024-03-01 10:11:12.500000", "3.00", 2.0, [], {}, None],
        ])
        self.assertEqual([c["type"] for c in result["columns"]][:4], ["int", "date", "timestamp", "decimal(10,2)"])

    def test_malformed_values_name_table_row_and_column(self):
        from spark_oracle import DatasetError

        bad = {"tables": {"t": {"schema": "id INT, d DATE", "rows": [[1, "2024-01-01"], [2, "01/02/2024"]]}}}
        with self.assertRaisesRegex(DatasetError, r"table 't' row 2 column 'd': '01/02/2024' is not YYYY-MM-DD"):
            load_tables(self.spark, bad)

    def test_confs_are_restored_between_runs(self):
        before = self.spark.conf.get("spark.sql.autoBroadcastJoinThreshold")
        load_tables(self.spark, DATASET, conf={"spark.sql.shuffle.partitions": "7"})
        self.assertEqual(self.spark.conf.get("spark.sql.autoBroadcastJoinThreshold"), "-1")
        self.assertEqual(self.spark.conf.get("spark.sql.shuffle.partitions"), "7")
        load_tables(self.spark, {"tables": {}})
        self.assertEqual(self.spark.conf.get("spark.sql.autoBroadcastJoinThreshold"), before)
        self.assertEqual(self.spark.conf.get("spark.sql.shuffle.partitions"), "200")
        self.assertFalse(any(table.name == "t" for table in self.spark.catalog.listTables()))

    def test_confs_set_by_a_solution_are_restored(self):
        tables = load_tables(self.spark, DATASET)
        path = self.write("sets_conf.py", """
            def solve(spark, t):
                spark.conf.set("spark.sql.shuffle.partitions", "3")
                spark.conf.set("spark.sql.autoBroadcastJoinThreshold", "1")
                return t.groupBy("id").count()
        """)
        result = run_solution(self.spark, path, tables)
        self.assertEqual(result["plan"]["exchange_partitions"], [3])
        load_tables(self.spark, {"tables": {}})
        self.assertEqual(self.spark.conf.get("spark.sql.shuffle.partitions"), "200")
        self.assertNotEqual(self.spark.conf.get("spark.sql.autoBroadcastJoinThreshold"), "1")

    def test_parameters_bind_by_name(self):
        tables = load_tables(self.spark, DATASET)
        path = self.write("bind.py", """
            def solve(spark, sc, orders):
                assert sc.defaultParallelism == 2
                return orders.join(spark.table("t"), orders.k == spark.table("t").id).select("k")
        """)
        result = run_solution(self.spark, path, tables)
        self.assertEqual(sorted(result["rows"]), [[1], [2]])
        self.assertEqual(result["plan"]["shuffles"], 2)
        self.assertEqual(result["plan"]["operators"][:2], ["Project", "SortMergeJoin"])

    def test_errors_carry_class_and_line(self):
        tables = load_tables(self.spark, DATASET)
        cases = [
            ("missing.py", "def solve(t):\n    x = 1\n    return t.select('nope')\n",
             "UNRESOLVED_COLUMN.WITH_SUGGESTION", 3),
            ("zero.py", "from pyspark.sql import functions as F\n\ndef solve(t):\n    return t.select(F.col('id') / 0)\n",
             "DIVIDE_BY_ZERO", 4),
            ("syntax.py", "def solve(t)\n    return t\n", "SyntaxError", 1),
            ("python.py", "def solve(t):\n    return t.select(undefined_name)\n", "NameError", 2),
            ("unbound.py", "def solve(people):\n    return people\n", "TypeError", None),
            ("bad.sql", "-- data: x.json\nSELECT id FROM t\nWHERE nope > 1\n", "UNRESOLVED_COLUMN.WITH_SUGGESTION", 3),
        ]
        for name, source, condition, line in cases:
            with self.subTest(case=name):
                error = run_solution(self.spark, self.write(name, source), tables)["error"]
                self.assertEqual(error["class"], condition)
                self.assertEqual(error.get("line"), line)

    def test_rdd_results(self):
        tables = load_tables(self.spark, DATASET)
        path = self.write("rdd.py", """
            def solve(sc):
                return sc.parallelize([("a", 1), ("b", 2), ("a", 3)]).reduceByKey(lambda x, y: x + y).sortByKey()
        """)
        result = run_solution(self.spark, path, tables)
        self.assertEqual(result["rows"], [["a", 4], ["b", 2]])
        self.assertEqual(result["columns"], [{"name": "_1", "type": "string"}, {"name": "_2", "type": "bigint"}])
        self.assertEqual(result["plan"]["shuffles"], 2)

    def test_interval_text_matches_spark_cast(self):
        unload_tables(self.spark)
        frame = self.spark.sql("""
            SELECT i, CAST(i AS STRING) AS text FROM VALUES
              (INTERVAL '0 00:30:00' DAY TO SECOND), (INTERVAL '-1 02:00:00.25' DAY TO SECOND),
              (INTERVAL '3 04:05:06.000007' DAY TO SECOND) AS v(i)""")
        field = frame.schema["i"]
        for row in frame.collect():
            with self.subTest(text=row.text):
                self.assertEqual(encode_value(row.i, field.dataType), row.text)


if __name__ == "__main__":
    unittest.main()
