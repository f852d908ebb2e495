import tempfile
import unittest

from spark_oracle_problems.yaml_source import load_yaml


class YamlSourceTests(unittest.TestCase):
    def load(self, text):
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as handle:
            handle.write(text)
        return load_yaml(handle.name)

    def test_core_schema_scalars(self):
        values = self.load("[~, null, '', true, False, NO, yes, 012, +5, 1.5e3, .5, 2025-01-01, 1_000, 0x1F, -.inf, 'q']")
        self.assertEqual(values[:11], [None, None, "", True, False, "NO", "yes", 12, 5, 1500.0, 0.5])
        self.assertEqual(values[11:14], ["2025-01-01", "1_000", "0x1F"])
        self.assertEqual(values[14], float("-inf"))
        self.assertEqual(values[15], "q")

    def test_quoted_numbers_stay_strings(self):
        self.assertEqual(self.load('["1", \'2\']'), ["1", "2"])


if __name__ == "__main__":
    unittest.main()
