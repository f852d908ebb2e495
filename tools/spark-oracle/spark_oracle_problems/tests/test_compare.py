"""python3 -m unittest discover -s spark_oracle_problems/tests -t . (from tools/spark-oracle)"""

import unittest

from spark_oracle_problems.compare import compare

COLUMNS = [{"name": "k", "type": "string"}, {"name": "v", "type": "double"}]


def result(rows, columns=COLUMNS):
    return {"columns": columns, "rows": rows}


class CompareTests(unittest.TestCase):
    def test_unordered_rows_match_as_a_multiset(self):
        self.assertIsNone(compare(result([["a", 1.0], ["b", None]]), result([["b", None], ["a", 1.0]]), {}))
        self.assertIsNotNone(compare(result([["a", 1.0], ["a", 1.0]]), result([["a", 1.0], ["b", 1.0]]), {}))

    def test_ordered_rows_must_keep_their_order(self):
        self.assertIsNotNone(compare(result([["a", 1.0], ["b", 2.0]]), result([["b", 2.0], ["a", 1.0]]), {"ordered": True}))

    def test_doubles_within_relative_tolerance(self):
        self.assertIsNone(compare(result([["a", 100.0]]), result([["a", 100.00001]]), {"float_tolerance": 1e-6}))
        self.assertIsNotNone(compare(result([["a", 100.0]]), result([["a", 100.001]]), {"float_tolerance": 1e-6}))
        self.assertIsNone(compare(result([["a", "NaN"]]), result([["a", "NaN"]]), {}))

    def test_integers_compare_exactly_and_by_value(self):
        ints = [{"name": "k", "type": "string"}, {"name": "v", "type": "int"}]
        longs = [{"name": "k", "type": "string"}, {"name": "v", "type": "bigint"}]
        self.assertIsNone(compare(result([["a", 3]], ints), result([["a", 3]], longs), {}))
        self.assertIsNotNone(compare(result([["a", 3]], ints), result([["a", 3]], longs), {"check_types": True}))
        self.assertIsNotNone(compare(result([["a", 3]], ints), result([["a", 4]], ints), {}))

    def test_column_names(self):
        renamed = [{"name": "key", "type": "string"}, {"name": "v", "type": "double"}]
        self.assertIsNotNone(compare(result([["a", 1.0]]), result([["a", 1.0]], renamed), {}))
        self.assertIsNone(compare(result([["a", 1.0]]), result([["a", 1.0]], renamed), {"check_column_names": False}))

    def test_row_count(self):
        self.assertEqual(compare(result([["a", 1.0]]), result([]), {}), "0 rows instead of 1")


if __name__ == "__main__":
    unittest.main()
