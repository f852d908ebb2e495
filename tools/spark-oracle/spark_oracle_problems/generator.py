"""Deterministic test data from a generator spec, bit for bit the same as the Swift bank's
(`Sources/ProblemBank/Generator/`). Change both together; a Swift test compares them.

PRNG: SplitMix64. Each column has its own stream seeded with mix(seed XOR fnv1a64(column name)).
For each row, a column with a null fraction first draws unit() < null_fraction and, when null,
draws nothing else for that row. Integers in [lo, hi] are lo + next() % (hi - lo + 1).
"""

import datetime as dt
import math

MASK = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15
EPOCH = dt.date(1970, 1, 1)


def mix(value):
    z = value & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def fnv1a64(text):
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value ^= byte
        value = (value * 0x100000001B3) & MASK
    return value


class SplitMix64:
    def __init__(self, seed, column):
        self.state = mix((seed & MASK) ^ fnv1a64(column))

    def next(self):
        self.state = (self.state + GOLDEN) & MASK
        return mix(self.state)

    def int_in(self, low, high):
        span = high - low + 1
        if span == 1 << 64:
            value = self.next()
            return value - (1 << 64) if value >= 1 << 63 else value
        return low + self.next() % span

    def unit(self):
        return (self.next() >> 11) * 2.0 ** -53


def _days(text):
    return (dt.date.fromisoformat(text) - EPOCH).days


def _seconds(text):
    text = text.strip()
    if len(text) == 10:
        text += " 00:00:00"
    moment = dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    return (moment.date() - EPOCH).days * 86400 + moment.hour * 3600 + moment.minute * 60 + moment.second


def _date_text(days):
    return (EPOCH + dt.timedelta(days=days)).isoformat()


def _timestamp_text(seconds):
    days, rest = divmod(seconds, 86400)
    return f"{_date_text(days)} {rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"


def _pattern_parts(text):
    parts = []
    rest = text
    while "{" in rest:
        before, _, after = rest.partition("{")
        inner, _, rest = after.partition("}")
        if before:
            parts.append(("literal", before))
        pieces = inner.split(":")
        if pieces == ["row"]:
            parts.append(("row",))
        elif pieces[0] == "int" and len(pieces) == 3:
            parts.append(("int", int(pieces[1]), int(pieces[2])))
        elif pieces[0] in ("letters", "digits") and len(pieces) == 2:
            parts.append((pieces[0], int(pieces[1])))
        else:
            raise ValueError(f"unknown placeholder {{{inner}}} in pattern {text!r}")
    if rest:
        parts.append(("literal", rest))
    return parts


def _value_function(kind, body):
    """A function (row, random) -> value for one column generator."""
    if kind == "sequence":
        if isinstance(body, dict):
            start, step = body.get("start", 1), body.get("step", 1)
        else:
            start, step = body, 1
        return lambda row, random: start + step * row
    if kind == "int":
        low, high = body["min"], body["max"]
        return lambda row, random: random.int_in(low, high)
    if kind == "double":
        decimals = body.get("decimals", 2)
        scale = 10 ** decimals
        low = math.floor(body["min"] * scale + 0.5)
        high = math.floor(body["max"] * scale + 0.5)
        return lambda row, random: random.int_in(low, high) / scale
    if kind == "choice":
        if isinstance(body, list):
            values, weights = body, [1] * len(body)
        else:
            values = body["values"]
            weights = body.get("weights") or [1] * len(values)
        total = sum(weights)

        def choose(row, random):
            pick = random.int_in(0, total - 1)
            for value, weight in zip(values, weights):
                if pick < weight:
                    return value
                pick -= weight
            return values[-1]
        return choose
    if kind == "pattern":
        parts = _pattern_parts(body)

        def render(row, random):
            out = []
            for part in parts:
                if part[0] == "literal":
                    out.append(part[1])
                elif part[0] == "row":
                    out.append(str(row + 1))
                elif part[0] == "int":
                    out.append(str(random.int_in(part[1], part[2])))
                elif part[0] == "letters":
                    out.append("".join(chr(97 + random.int_in(0, 25)) for _ in range(part[1])))
                else:
                    out.append("".join(str(random.int_in(0, 9)) for _ in range(part[1])))
            return "".join(out)
        return render
    if kind == "date":
        start, end = _days(body["start"]), _days(body["end"])
        return lambda row, random: _date_text(random.int_in(start, end))
    if kind == "timestamp":
        start, end = _seconds(body["start"]), _seconds(body["end"])
        return lambda row, random: _timestamp_text(random.int_in(start, end))
    if kind == "constant":
        return lambda row, random: body
    raise ValueError(f"unknown generator {kind!r}")


GENERATOR_KINDS = ("sequence", "int", "double", "choice", "pattern", "date", "timestamp", "constant")


def column_values(seed, rows, name, spec):
    kinds = [key for key in spec if key in GENERATOR_KINDS]
    if len(kinds) != 1:
        raise ValueError(f"column {name!r}: exactly one generator kind expected")
    function = _value_function(kinds[0], spec[kinds[0]])
    null_fraction = spec.get("null_fraction", 0) or 0
    random = SplitMix64(seed, name)
    values = []
    for row in range(rows):
        if null_fraction > 0 and random.unit() < null_fraction:
            values.append(None)
            continue
        values.append(function(row, random))
    return values


def generate_rows(spec, column_order):
    """Rows for a `generate:` mapping {seed, rows, columns: {name: {kind: …, null_fraction: …}}}."""
    seed, rows, columns = spec["seed"], spec["rows"], spec["columns"]
    generated = []
    for name in column_order:
        if name in columns:
            generated.append(column_values(seed, rows, name, columns[name]))
        else:
            generated.append([None] * rows)
    return [list(row) for row in zip(*generated)] if generated else [[] for _ in range(rows)]
