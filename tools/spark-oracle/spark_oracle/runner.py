"""Running one solution file (PySpark `solve(...)` or a Spark SQL query) and describing its result."""

import importlib.util
import inspect
import itertools
from pathlib import Path

from .encoding import encode_python, encode_value, python_type_name_of_values
from .errors import error_json
from .plan import StageWatch, dataframe_plan, normalize_ids, rdd_plan, text_plan_summary

_module_counter = itertools.count(1)


class SolutionError(Exception):
    """A solution that cannot be called: no solve(), or a parameter that names no table."""


def _load_module(path):
    # A fresh module each time, never cached in sys.modules, so edited files and same-named
    # solutions in one batch do not see each other.
    name = f"_oracle_solution_{next(_module_counter)}"
    spec = importlib.util.spec_from_file_location(name, str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bind_arguments(solve, spark, tables):
    """Arguments for solve by parameter name: spark, sc, or a table (case-insensitive)."""
    by_lower = {name.lower(): frame for name, frame in tables.items()}
    arguments = {}
    for name, parameter in inspect.signature(solve).parameters.items():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if name == "spark":
            arguments[name] = spark
        elif name == "sc":
            arguments[name] = spark.sparkContext
        elif name.lower() in by_lower:
            arguments[name] = by_lower[name.lower()]
        elif parameter.default is not parameter.empty:
            continue
        else:
            choices = ", ".join(f"'{table}'" for table in tables) or "none"
            raise SolutionError(f"solve() parameter '{name}' is not spark, sc or a table; tables: {choices}")
    return arguments


def sql_query_text(text):
    """The query of a .sql file: comments are left for Spark (they keep line numbers), one trailing ';' goes."""
    stripped = text.rstrip()
    if stripped.endswith(";"):
        stripped = stripped[:-1]
    return stripped


def _is_rdd(value):
    from pyspark import RDD

    return isinstance(value, RDD)


def _is_dataframe(value):
    from pyspark.sql import DataFrame

    return isinstance(value, DataFrame)


def _plan_of(spark, df):
    if hasattr(df, "_jdf"):
        return dataframe_plan(spark, df)
    # A Spark Connect DataFrame: only the explain text is available.
    return text_plan_summary(df._explain_string(extended=False))


def describe_dataframe(spark, df, limit=None, normalize=False):
    plan = _plan_of(spark, df)
    if normalize:
        plan["physical"] = normalize_ids(plan["physical"])
    fields = df.schema.fields
    rows = df.take(limit) if limit is not None else df.collect()
    return {
        "columns": [{"name": field.name, "type": field.dataType.simpleString()} for field in fields],
        "rows": [[encode_value(value, field.dataType) for value, field in zip(row, fields)] for row in rows],
        "plan": plan,
    }


def _rdd_row(element):
    from pyspark.sql import Row

    if isinstance(element, (tuple, Row)):
        return list(element)
    return [element]


def describe_rdd(rdd, limit=None, watch=None):
    plan = rdd_plan(rdd)
    elements = rdd.take(limit) if limit is not None else rdd.collect()
    rows = [_rdd_row(element) for element in elements]
    width = max((len(row) for row in rows), default=0)
    columns = []
    for index in range(width):
        values = [row[index] for row in rows if len(row) > index]
        columns.append({"name": f"_{index + 1}", "type": python_type_name_of_values(values)})
    result = {"columns": columns, "rows": [[encode_python(value) for value in row] for row in rows], "plan": plan}
    metrics = watch.metrics() if watch is not None else None
    if metrics is not None:
        result["metrics"] = metrics
    return result


def run_solution(spark, path, tables, limit=None, normalize=False):
    """Run a .py or .sql solution on tables and return the `dojo run --format json` object.

    tables: {name: DataFrame}, also registered as temp views (see load_tables).
    limit: keep at most this many rows. normalize: replace expression ids in the explain text (#12 -> #x).
    Errors in the solution are returned as {"error": {...}}, never raised.
    """
    path = Path(path)
    sql_text = None
    watch = None
    try:
        if path.suffix == ".sql":
            sql_text = sql_query_text(path.read_text(encoding="utf-8"))
            result = spark.sql(sql_text)
        else:
            module = _load_module(path)
            solve = getattr(module, "solve", None)
            if not callable(solve):
                raise SolutionError(f"{path.name} defines no function solve(...)")
            arguments = bind_arguments(solve, spark, tables)
            watch = StageWatch(spark)
            result = solve(**arguments)
        if _is_dataframe(result):
            return describe_dataframe(spark, result, limit, normalize)
        if _is_rdd(result):
            return describe_rdd(result, limit, watch)
        raise SolutionError(f"solve() returned {type(result).__name__}; return a DataFrame or an RDD")
    except SolutionError as error:
        return {"error": {"class": "TypeError", "message": str(error)}}
    except Exception as error:  # the solution's own error is the answer, whatever it is
        return error_json(error, str(path), sql_text)
