"""Canonical JSON and the input hash stored in expected outputs, identical to the Swift bank's
`JSONValue.canonicalText` and `InputHash`.

Canonical JSON: object keys sorted by code point, no spaces, non-ASCII kept, strings escaped like
json.dumps(ensure_ascii=False), integers as digits, floats as the *string* '%.17g' % x (so 1 and
1.0 differ and both languages print the same digits).
"""

import hashlib

HASH_FORMAT = 1


def _string(text):
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif char == "\b":
            out.append("\\b")
        elif char == "\f":
            out.append("\\f")
        elif code < 0x20:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def canonical_json(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return '"' + ("%.17g" % value) + '"'
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(canonical_json(item) for item in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda key: [ord(c) for c in key])
        return "{" + ",".join(_string(key) + ":" + canonical_json(value[key]) for key in keys) + "}"
    raise TypeError(f"cannot hash a {type(value).__name__}")


def sha256_hex(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def input_hash(kind, tables, written_data, solution_bytes):
    """tables: [(name, ddl)] in declaration order; written_data: {"tables": …, "conf": …} as written."""
    document = {
        "format": HASH_FORMAT,
        "kind": kind,
        "tables": [[name, ddl] for name, ddl in tables],
        "data": written_data,
        "solution": sha256_hex(solution_bytes),
    }
    return sha256_hex(canonical_json(document))
