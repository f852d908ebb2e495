import datetime as dt
import decimal
import unittest

import _path  # noqa: F401
from pyspark.sql import Row
from pyspark.sql import types as T

from spark_oracle.encoding import encode_python, encode_value, python_type_name, python_type_name_of_values


class EncodeValueTests(unittest.TestCase):
    def test_table_of_values(self):
        cases = [
            (1, T.IntegerType(), 1),
            (2.5, T.DoubleType(), 2.5),
            (float("nan"), T.DoubleType(), "NaN"),
            (float("inf"), T.DoubleType(), "Infinity"),
            (float("-inf"), T.FloatType(), "-Infinity"),
            (decimal.Decimal("12.50"), T.DecimalType(10, 2), "12.50"),
            (decimal.Decimal("0E-10"), T.DecimalType(20, 10), "0.0000000000"),
            (dt.date(2024, 2, 29), T.DateType(), "2024-02-29"),
            (dt.datetime(2024, 1, 2, 3, 4, 5), T.TimestampType(), "2024-01-02 03:04:05"),
            (dt.datetime(2024, 1, 2, 3, 4, 5, 250000), T.TimestampType(), "2024-01-02 03:04:05.250000"),
            (None, T.StringType(), None),
            ([1, None], T.ArrayType(T.IntegerType()), [1, None]),
            ({1: "a"}, T.MapType(T.IntegerType(), T.StringType()), {"1": "a"}),
            (Row(a=1, b=dt.date(2020, 1, 1)), T.StructType([T.StructField("a", T.IntegerType()),
                                                          T.StructField("b", T.DateType())]), [1, "2020-01-01"]),
            (bytearray(b"\x0a\x0b"), T.BinaryType(), "Cgs="),
            (dt.timedelta(minutes=30), T.DayTimeIntervalType(0, 3), "INTERVAL '0 00:30:00' DAY TO SECOND"),
            (dt.timedelta(days=-1, hours=-2), T.DayTimeIntervalType(0, 3), "INTERVAL '-1 02:00:00' DAY TO SECOND"),
            (dt.timedelta(days=3), T.DayTimeIntervalType(0, 0), "INTERVAL '3' DAY"),
            (dt.timedelta(hours=26, minutes=5), T.DayTimeIntervalType(1, 2), "INTERVAL '26:05' HOUR TO MINUTE"),
            (dt.timedelta(seconds=90, microseconds=500000), T.DayTimeIntervalType(3, 3), "INTERVAL '90.5' SECOND"),
        ]
        for value, data_type, expected in cases:
            with self.subTest(value=value, data_type=data_type):
                self.assertEqual(encode_value(value, data_type), expected)


class EncodePythonTests(unittest.TestCase):
    def test_plain_python_values(self):
        cases = [
            (("a", 1), ["a", 1]),
            (Row(k="x", v=2.0), ["x", 2.0]),
            (float("nan"), "NaN"),
            ({"a": [1, 2]}, {"a": [1, 2]}),
            (dt.date(2024, 1, 1), "2024-01-01"),
            (decimal.Decimal("1.10"), "1.10"),
        ]
        for value, expected in cases:
            with self.subTest(value=value):
                self.assertEqual(encode_python(value), expected)

    def test_inferred_type_names(self):
        cases = [(1, "bigint"), (1.0, "double"), ("s", "string"), (True, "boolean"), (None, "void"),
                 ([1], "array<bigint>"), ({"a": 1.0}, "map<string,double>"), (("a", 1), "struct<_1:string,_2:bigint>")]
        for value, expected in cases:
            with self.subTest(value=value):
                self.assertEqual(python_type_name(value), expected)

    def test_column_types_merge_over_values(self):
        cases = [
            ([("Dee", None), ("Ann", 3)], "struct<_1:string,_2:bigint>"),
            ([None, 1.5], "double"),
            ([[], [1, None]], "array<bigint>"),
            ([1, 2.5], "double"),
            ([], "void"),
        ]
        for values, expected in cases:
            with self.subTest(values=values):
                self.assertEqual(python_type_name_of_values(values), expected)


if __name__ == "__main__":
    unittest.main()
