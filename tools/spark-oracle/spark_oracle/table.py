"""A df.show()-like text table for a run result."""

import json


def _cell(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_cell(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key} -> {_cell(item)}" for key, item in value.items()) + "}"
    return str(value)


def _truncate(text, width):
    if width and len(text) > width:
        return text[: width - 3] + "..."
    return text


def render_table(result, truncate=20):
    """Render {"columns", "rows"} as Spark's show() does: a boxed grid, cells right-aligned."""
    if "error" in result:
        error = result["error"]
        where = f" (line {error['line']})" if "line" in error else ""
        return f"{error['class']}{where}: {error['message']}\n"
    names = [column["name"] for column in result["columns"]]
    cells = [[_truncate(_cell(value), truncate) for value in row] for row in result["rows"]]
    widths = [max([3, len(name)] + [len(row[i]) for row in cells if i < len(row)]) for i, name in enumerate(names)]
    border = "+" + "+".join("-" * width for width in widths) + "+"
    lines = [border, "|" + "|".join(name.rjust(width) for name, width in zip(names, widths)) + "|", border]
    for row in cells:
        lines.append("|" + "|".join(cell.rjust(width) for cell, width in zip(row, widths)) + "|")
    lines.append(border)
    plan = result.get("plan", {})
    lines.append(f"shuffles: {plan.get('shuffles', 0)}  broadcasts: {plan.get('broadcasts', 0)}")
    return "\n".join(lines) + "\n"


def render_json(result):
    return json.dumps(result, ensure_ascii=False) + "\n"
