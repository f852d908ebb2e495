"""Loading a dataset in the project's JSON format into DataFrames and temp views."""

import base64
import datetime as dt
import decimal
import json


class DatasetError(ValueError):
    """A dataset file that does not match its own schema; the message names the table, row and column."""


def read_dataset(path):
    """Read a dataset JSON file: {"tables": {...}, "conf": {...}}."""
    try:
        with open(path, encoding="utf-8") as handle:
            dataset = json.load(handle)
    except json.JSONDecodeError as error:
        raise DatasetError(f"{path}: not valid JSON ({error})") from error
    if not isinstance(dataset, dict) or not isinstance(dataset.get("tables", {}), dict):
        raise DatasetError(f'{path}: expected an object with "tables": {{name: {{"schema", "rows"}}}}')
    return dataset


def _parse_date(text):
    return dt.date.fromisoformat(text)


def _parse_timestamp(text):
    # "YYYY-MM-DD HH:MM:SS[.ffffff]"; a bare date means midnight.
    text = text.strip().replace("T", " ")
    if len(text) == 10:
        return dt.datetime.fromisoformat(text + " 00:00:00")
    return dt.datetime.fromisoformat(text)


_EXPECTED_FORMS = {"date": "YYYY-MM-DD", "timestamp": "YYYY-MM-DD HH:MM:SS", "timestamp_ntz": "YYYY-MM-DD HH:MM:SS"}

_SPECIAL_FLOATS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf"),
                   "inf": float("inf"), "-inf": float("-inf"), "nan": float("nan")}


def convert_value(value, data_type, where="value"):
    """Turn a JSON value into the Python object PySpark expects for data_type."""
    from pyspark.sql import types as T

    if value is None:
        return None
    try:
        if isinstance(data_type, T.DateType):
            return _parse_date(value) if isinstance(value, str) else value
        if isinstance(data_type, (T.TimestampType, T.TimestampNTZType)):
            return _parse_timestamp(value) if isinstance(value, str) else value
        if isinstance(data_type, T.DecimalType):
            return decimal.Decimal(str(value))
    except (ValueError, decimal.InvalidOperation) as error:
        expected = _EXPECTED_FORMS.get(data_type.typeName(), "a number")
        raise DatasetError(f"{where}: {value!r} is not {expected}") from error
    if isinstance(data_type, (T.DoubleType, T.FloatType)):
        if isinstance(value, str):
            if value in _SPECIAL_FLOATS:
                return _SPECIAL_FLOATS[value]
            raise DatasetError(f"{where}: {value!r} is not a number")
        return float(value)
    if isinstance(data_type, (T.ByteType, T.ShortType, T.IntegerType, T.LongType)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise DatasetError(f"{where}: {value!r} is not an integer")
        return value
    if isinstance(data_type, T.BinaryType):
        return bytearray(base64.b64decode(value)) if isinstance(value, str) else bytearray(value)
    if isinstance(data_type, T.ArrayType):
        return [convert_value(item, data_type.elementType, f"{where}[{i}]") for i, item in enumerate(value)]
    if isinstance(data_type, T.MapType):
        if isinstance(value, dict):
            pairs = value.items()
        else:  # a list of [key, value] pairs allows non-string keys
            pairs = value
        return {convert_value(_map_key(k, data_type.keyType), data_type.keyType, f"{where} key"):
                convert_value(v, data_type.valueType, f"{where}[{k!r}]") for k, v in pairs}
    if isinstance(data_type, T.StructType):
        if isinstance(value, dict):
            value = [value.get(field.name) for field in data_type.fields]
        if len(value) != len(data_type.fields):
            raise DatasetError(f"{where}: {len(value)} values for {len(data_type.fields)} struct fields")
        return tuple(convert_value(item, field.dataType, f"{where}.{field.name}")
                     for item, field in zip(value, data_type.fields))
    return value


def _map_key(key, key_type):
    # JSON object keys are strings; numeric map keys are written as their decimal text.
    from pyspark.sql import types as T

    if isinstance(key, str) and isinstance(key_type, (T.ByteType, T.ShortType, T.IntegerType, T.LongType)):
        return int(key)
    if isinstance(key, str) and isinstance(key_type, (T.DoubleType, T.FloatType)) and key not in _SPECIAL_FLOATS:
        return float(key)
    return key


def parse_schema(spark, ddl):
    """Parse a DDL schema string such as "user_id INT, name STRING" into a StructType."""
    from pyspark.sql import types as T

    parsed = T._parse_datatype_string(ddl)
    if not isinstance(parsed, T.StructType):
        raise DatasetError(f"schema {ddl!r} is not a list of columns")
    return parsed


def make_dataframe(spark, name, table):
    """One table of a dataset as spark.createDataFrame(rows, schema)."""
    if "schema" not in table:
        raise DatasetError(f'table {name!r}: missing "schema"')
    schema = parse_schema(spark, table["schema"])
    rows = []
    for index, row in enumerate(table.get("rows", [])):
        where = f"table {name!r} row {index + 1}"
        if isinstance(row, dict):
            row = [row.get(field.name) for field in schema.fields]
        if len(row) != len(schema.fields):
            raise DatasetError(f"{where}: {len(row)} values for {len(schema.fields)} columns")
        rows.append(tuple(convert_value(value, field.dataType, f"{where} column {field.name!r}")
                          for value, field in zip(row, schema.fields)))
    return spark.createDataFrame(rows, schema)


_STATE_ATTRIBUTE = "_spark_oracle_loaded"


def _all_confs(spark):
    get_all = spark.conf.getAll
    return dict(get_all() if callable(get_all) else get_all)


def load_tables(spark, dataset, conf=None):
    """Make a DataFrame and a temp view for every table of dataset; apply its "conf" (and conf).

    Whatever the previous run on this session changed is undone first (confs set by the dataset
    or by the solution itself, temp views, cached data), so many runs can share one session.
    Returns {table name: DataFrame}.
    """
    unload_tables(spark)
    setattr(spark, _STATE_ATTRIBUTE, _all_confs(spark))
    settings = dict(dataset.get("conf") or {})
    settings.update(conf or {})
    for key, value in settings.items():
        spark.conf.set(str(key), str(value))
    tables = {}
    for name, table in (dataset.get("tables") or {}).items():
        frame = make_dataframe(spark, name, table)
        frame.createOrReplaceTempView(name)
        tables[name] = frame
    return tables


def unload_tables(spark):
    """Undo the last load_tables and the run after it: confs, temp views, cached data."""
    snapshot = getattr(spark, _STATE_ATTRIBUTE, None)
    if snapshot is None:
        return
    for table in spark.catalog.listTables():
        if table.isTemporary:
            spark.catalog.dropTempView(table.name)
    spark.catalog.clearCache()
    current = _all_confs(spark)
    for key in current:
        if key not in snapshot:
            spark.conf.unset(key)
    for key, value in snapshot.items():
        if current.get(key) != value:
            try:
                spark.conf.set(key, value)
            except Exception:  # a static conf cannot change after start-up, so it did not change
                pass
    setattr(spark, _STATE_ATTRIBUTE, None)
