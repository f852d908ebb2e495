"""Turning an exception raised while running a solution into the project's error JSON."""

import os
import re
import traceback

_PARSE_POSITION = re.compile(r"\(line (\d+), pos (\d+)\)")
_TRACEBACK_LINE = re.compile(r'File "([^"]+)", line (\d+)')


def _same_file(a, b):
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except (TypeError, ValueError):
        return False


def _line_from_traceback(error, solution_path):
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if _same_file(frame.filename, solution_path):
            line = frame.lineno
    return line


def _line_from_text(text, solution_path):
    line = None
    for match in _TRACEBACK_LINE.finditer(text or ""):
        if _same_file(match.group(1), solution_path):
            line = int(match.group(2))
    return line


def _position_in_sql(sql_text, index):
    before = sql_text[:index]
    line = before.count("\n") + 1
    column = index - (before.rfind("\n") + 1) + 1
    return line, column


def _spark_error_position(error, solution_path, sql_text):
    """(line, column) of a Spark error from its query context, when it points into the solution."""
    try:
        contexts = error.getQueryContext()
    except Exception:
        contexts = []
    for context in contexts:
        kind = context.contextType().name
        if kind == "DataFrame":
            file_name, _, line = context.callSite().rpartition(":")
            if line.isdigit() and _same_file(file_name, solution_path):
                return int(line), None
        elif kind == "SQL" and sql_text is not None and context.startIndex() >= 0:
            return _position_in_sql(sql_text, context.startIndex())
    if sql_text is not None:
        match = _PARSE_POSITION.search(str(error))
        if match:
            return int(match.group(1)), int(match.group(2)) + 1
    return None, None


def _condition(error):
    for getter in ("getCondition", "getErrorClass"):
        method = getattr(error, getter, None)
        if method is not None:
            try:
                value = method()
            except Exception:
                value = None
            if value:
                return value
    return None


def error_json(error, solution_path, sql_text=None):
    """{"error": {"class", "message", "line"?, "column"?, "sqlstate"?, "parameters"?}} for an exception.

    class is Spark's error condition for Spark errors, else the Python exception's name.
    line/column (1-based) point into the solution file: the deepest traceback frame in it, else
    the query context Spark recorded (the DataFrame call site, or the position in the SQL text).
    """
    condition = _condition(error)
    entry = {}
    if condition is not None:
        entry["class"] = condition
        try:
            message = error.getMessage()
        except Exception:
            message = str(error)
        entry["message"] = message.strip()
    else:
        entry["class"] = type(error).__name__
        entry["message"] = str(error).strip() or type(error).__name__

    line, column = None, None
    if isinstance(error, SyntaxError) and _same_file(error.filename or "", solution_path):
        line, column = error.lineno, error.offset
    if line is None and condition is not None:
        line, column = _spark_error_position(error, solution_path, sql_text)
    if line is None and condition == "PYTHON_EXCEPTION":
        line = _line_from_text(str(error), solution_path)
    if line is None:
        line = _line_from_traceback(error, solution_path)
    if line is not None:
        entry["line"] = line
    if column is not None:
        entry["column"] = column
    if condition is not None:
        try:
            state = error.getSqlState()
        except Exception:
            state = None
        if state:
            entry["sqlstate"] = state
        try:
            parameters = error.getMessageParameters()
        except Exception:
            parameters = None
        if parameters:
            entry["parameters"] = dict(parameters)
    return {"error": entry}
