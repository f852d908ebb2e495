"""Encoding Spark values as the JSON of `dojo run --format json`.

Numbers stay JSON numbers (NaN and infinities become "NaN", "Infinity", "-Infinity"), decimals are
Spark's plain string with the type's scale ("12.50"), dates "YYYY-MM-DD", timestamps
"YYYY-MM-DD HH:MM:SS" with ".ffffff" only when the microseconds are not zero, arrays and structs
(and Rows) are lists, maps are objects whose keys are the encoded keys as text.
"""

import base64
import datetime as dt
import decimal
import json
import math


def encode_float(value):
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def encode_decimal(value):
    # Plain notation keeps the scale ("0.0000000000", never "0E-10"), as Spark's string form does.
    return format(value, "f")


def encode_date(value):
    return value.isoformat()


def encode_timestamp(value):
    text = value.strftime("%Y-%m-%d %H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    return text


def _interval_day_time(value, data_type):
    # Spark's string form: INTERVAL '1 02:03:04.5' DAY TO SECOND (fields per the type).
    from pyspark.sql.types import DayTimeIntervalType as D

    micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
    sign = "-" if micros < 0 else ""
    micros = abs(micros)
    days, rest = divmod(micros, 86_400_000_000)
    hours, rest = divmod(rest, 3_600_000_000)
    minutes, rest = divmod(rest, 60_000_000)
    seconds, fraction = divmod(rest, 1_000_000)
    start, end = data_type.startField, data_type.endField
    second_text = f"{seconds:02d}" + (f".{fraction:06d}".rstrip("0") if fraction else "")
    total = {D.DAY: days, D.HOUR: days * 24 + hours, D.MINUTE: (days * 24 + hours) * 60 + minutes,
             D.SECOND: ((days * 24 + hours) * 60 + minutes) * 60 + seconds}
    parts = {D.DAY: f"{days}", D.HOUR: f"{hours:02d}", D.MINUTE: f"{minutes:02d}", D.SECOND: second_text}
    names = {D.DAY: "DAY", D.HOUR: "HOUR", D.MINUTE: "MINUTE", D.SECOND: "SECOND"}
    first = str(total[start]) if start != D.SECOND else (
        f"{total[D.SECOND]}" + (f".{fraction:06d}".rstrip("0") if fraction else ""))
    pieces = [first] + [parts[field] for field in range(start + 1, end + 1)]
    text = pieces[0]
    separators = {D.HOUR: " ", D.MINUTE: ":", D.SECOND: ":"}
    for field, piece in zip(range(start + 1, end + 1), pieces[1:]):
        text += separators[field] + piece
    qualifier = names[start] if start == end else f"{names[start]} TO {names[end]}"
    return f"INTERVAL '{sign}{text}' {qualifier}"


def encode_value(value, data_type):
    """Encode one collected value of the given Spark data type."""
    from pyspark.sql import types as T

    if value is None:
        return None
    if isinstance(data_type, (T.DoubleType, T.FloatType)):
        return encode_float(float(value))
    if isinstance(data_type, T.DecimalType):
        return encode_decimal(value)
    if isinstance(data_type, (T.TimestampType, T.TimestampNTZType)):
        return encode_timestamp(value)
    if isinstance(data_type, T.DateType):
        return encode_date(value)
    if isinstance(data_type, T.DayTimeIntervalType):
        return _interval_day_time(value, data_type)
    if isinstance(data_type, T.BinaryType):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(data_type, T.ArrayType):
        return [encode_value(item, data_type.elementType) for item in value]
    if isinstance(data_type, T.MapType):
        return {map_key_text(encode_value(k, data_type.keyType)): encode_value(v, data_type.valueType)
                for k, v in value.items()}
    if isinstance(data_type, T.StructType):
        return [encode_value(item, field.dataType) for item, field in zip(value, data_type.fields)]
    return value


def map_key_text(key):
    if isinstance(key, str):
        return key
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, (list, dict)):
        return json.dumps(key, separators=(",", ":"))
    return str(key)


def encode_python(value):
    """Encode a plain Python value (an RDD element), inferring the kind from the value itself."""
    from pyspark.sql import Row

    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return encode_float(value)
    if isinstance(value, decimal.Decimal):
        return encode_decimal(value)
    if isinstance(value, dt.datetime):
        return encode_timestamp(value)
    if isinstance(value, dt.date):
        return encode_date(value)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {map_key_text(encode_python(k)): encode_python(v) for k, v in value.items()}
    if isinstance(value, (tuple, list, Row, set, frozenset, range)):
        return [encode_python(item) for item in value]
    return str(value)


def python_type_name_of_values(values):
    """The simpleString of a column of Python values, merged over all values as schema inference does."""
    return _type_text(_merged_type(values))


def python_type_name(value):
    """The Spark simpleString Spark's schema inference would give a Python value."""
    return _type_text(_infer(value))


def _infer(value):
    """A small type tree: ("atom", name) | ("array", t) | ("map", k, v) | ("struct", [(name, t)])."""
    from pyspark.sql import Row

    if isinstance(value, dict):
        return ("map", _merged_type(list(value.keys())), _merged_type(list(value.values())))
    if isinstance(value, Row) and hasattr(value, "__fields__"):
        return ("struct", [(name, _infer(item)) for name, item in zip(value.__fields__, value)])
    if isinstance(value, tuple):
        return ("struct", [(f"_{i + 1}", _infer(item)) for i, item in enumerate(value)])
    if isinstance(value, (list, set, frozenset)):
        return ("array", _merged_type(list(value)))
    return ("atom", _atom_name(value))


def _merge(a, b):
    if a == ("atom", "void"):
        return b
    if b == ("atom", "void") or a == b:
        return a
    if a[0] == b[0] == "array":
        return ("array", _merge(a[1], b[1]))
    if a[0] == b[0] == "map":
        return ("map", _merge(a[1], b[1]), _merge(a[2], b[2]))
    if a[0] == b[0] == "struct" and len(a[1]) == len(b[1]):
        return ("struct", [(name, _merge(x, y)) for (name, x), (_, y) in zip(a[1], b[1])])
    if {a, b} == {("atom", "bigint"), ("atom", "double")}:
        return ("atom", "double")
    return a


def _merged_type(values):
    merged = ("atom", "void")
    for value in values:
        merged = _merge(merged, _infer(value))
    return merged


def _type_text(tree):
    kind = tree[0]
    if kind == "atom":
        return tree[1]
    if kind == "array":
        return f"array<{_type_text(tree[1])}>"
    if kind == "map":
        return f"map<{_type_text(tree[1])},{_type_text(tree[2])}>"
    return "struct<" + ",".join(f"{name}:{_type_text(item)}" for name, item in tree[1]) + ">"


def _atom_name(value):
    if value is None:
        return "void"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "bigint"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, decimal.Decimal):
        return "decimal(38,18)"
    if isinstance(value, dt.datetime):
        return "timestamp"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, (bytes, bytearray)):
        return "binary"
    return "string"
