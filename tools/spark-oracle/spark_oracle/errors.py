"""Turning an exception raised while running a solution into the project's error JSON."""

import os
import re
import traceback

_PARSE_POSITION = re.compile(r"\(line (\d+), pos (\d+)\)")
_CONTEXT_HEADER = re.compile(r"\n== (SQL|DataFrame)\b")
_SQL_CONTEXT_POSITION = re.compile(r"== SQL \(line (\d+), position (\d+)\) ==")
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
    if sql_text is not None and isinstance(error, _JavaSparkError):
        return error.sql_position()
    if sql_text is not None:
        match = _PARSE_POSITION.search(str(error))
        if match:
            return int(match.group(1)), int(match.group(2)) + 1
    return None, None


def _condition(error):
    # getErrorClass is the pre-4.0 name; asking for it on 4.x only earns a deprecation warning.
    getter = "getCondition" if hasattr(error, "getCondition") else "getErrorClass"
    method = getattr(error, getter, None)
    if method is None:
        return None
    try:
        return method() or None
    except Exception:
        return None


class _JavaSparkError:
    """A Spark error that reached Python as a bare Py4JJavaError (PySpark converts only some classes)."""

    def __init__(self, java_error):
        self._java = java_error

    def getCondition(self):
        return self._java.getCondition()

    def getMessage(self):
        # Java's message appends the query context ("== SQL (line 2, position 43) =="); PySpark's does not.
        return _CONTEXT_HEADER.split(self._java.getMessage(), maxsplit=1)[0]

    def sql_position(self):
        match = _SQL_CONTEXT_POSITION.search(self._java.getMessage() or "")
        return (int(match.group(1)), int(match.group(2))) if match else (None, None)

    def getSqlState(self):
        return self._java.getSqlState()

    def getMessageParameters(self):
        return dict(self._java.getMessageParameters())

    def getQueryContext(self):
        return []

    def __str__(self):
        return self._java.getMessage()


def _spark_throwable(error):
    """The innermost-first Spark error with a condition behind a Py4JJavaError, if any."""
    java_error = getattr(error, "java_exception", None)
    seen = 0
    while java_error is not None and seen < 20:
        try:
            condition = java_error.getCondition()
        except Exception:
            condition = None
        if condition:
            return _JavaSparkError(java_error)
        java_error = java_error.getCause()
        seen += 1
    return None


def error_json(error, solution_path, sql_text=None):
    """{"error": {"class", "message", "line"?, "column"?, "sqlstate"?, "parameters"?}} for an exception.

    class is Spark's error condition for Spark errors, else the Python exception's name.
    line/column (1-based) point into the solution file: the deepest traceback frame in it, else
    the query context Spark recorded (the DataFrame call site, or the position in the SQL text).
    """
    if type(error).__name__ == "Py4JJavaError":
        unwrapped = _spark_throwable(error)
        if unwrapped is not None:
            error = unwrapped
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
    if line is None and isinstance(error, BaseException):
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
