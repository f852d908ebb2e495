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


def python_type_name(value):
    """The Spark simpleString Spark's schema inference would give a Python value."""
    from pyspark.sql import Row

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
    if isinstance(value, dict):
        key = next((k for k in value if k is not None), None)
        item = next((v for v in value.values() if v is not None), None)
        return f"map<{python_type_name(key)},{python_type_name(item)}>"
    if isinstance(value, Row) and hasattr(value, "__fields__"):
        fields = ",".join(f"{name}:{python_type_name(item)}" for name, item in zip(value.__fields__, value))
        return f"struct<{fields}>"
    if isinstance(value, tuple):
        fields = ",".join(f"_{i + 1}:{python_type_name(item)}" for i, item in enumerate(value))
        return f"struct<{fields}>"
    if isinstance(value, (list, set, frozenset)):
        item = next((v for v in value if v is not None), None)
        return f"array<{python_type_name(item)}>"
    return "string"
