"""Comparing a result with an expected output under a problem's comparison settings, as the
judge does: column names (unless check_column_names is false), rows as a multiset unless ordered,
doubles within a relative tolerance, numbers by value unless check_types."""

import math


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _close(a, b, tolerance):
    if _number(a) and _number(b):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        a, b = float(a), float(b)
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return a == b or abs(a - b) <= tolerance * max(abs(a), abs(b))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y, tolerance) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k], tolerance) for k in a)
    return a == b


def _sort_key(row):
    def key(value):
        if value is None:
            return (0, "")
        if _number(value):
            return (1, float(value))
        return (2, repr(value))
    return [key(value) for value in row]


def compare(expected, actual, settings):
    """None when actual matches expected, else a short reason."""
    tolerance = settings.get("float_tolerance", 1e-6)
    expected_columns = [column["name"] for column in expected["columns"]]
    actual_columns = [column["name"] for column in actual["columns"]]
    if len(expected_columns) != len(actual_columns):
        return f"{len(actual_columns)} columns instead of {len(expected_columns)}"
    if settings.get("check_column_names", True) and expected_columns != actual_columns:
        return f"columns {actual_columns} instead of {expected_columns}"
    if settings.get("check_types", False):
        expected_types = [column["type"] for column in expected["columns"]]
        actual_types = [column["type"] for column in actual["columns"]]
        if expected_types != actual_types:
            return f"types {actual_types} instead of {expected_types}"
    expected_rows, actual_rows = expected["rows"], actual["rows"]
    if len(expected_rows) != len(actual_rows):
        return f"{len(actual_rows)} rows instead of {len(expected_rows)}"
    if not settings.get("ordered", False):
        expected_rows = sorted(expected_rows, key=_sort_key)
        actual_rows = sorted(actual_rows, key=_sort_key)
    for index, (want, got) in enumerated_pairs(expected_rows, actual_rows):
        if not _close(want, got, tolerance):
            return f"row {index + 1}: {got} instead of {want}"
    return None


def enumerated_pairs(a, b):
    return enumerate(zip(a, b))
