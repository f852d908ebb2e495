"""Reading bank YAML exactly as the Swift bank does (YAML 1.2 core schema for plain scalars).

Plain scalars resolve to null (`~`, `null`, empty), booleans (`true`/`false` in three casings),
decimal integers, decimal floats and `.inf`/`.nan`; everything else, and every quoted or block
scalar, is a string. So `NO`, `yes`, `012` and `2025-01-01` are not YAML 1.1's surprises.
"""

import re

import yaml


class BankLoader(yaml.SafeLoader):
    """A SafeLoader with YAML 1.2 core resolution and no timestamps, merges or sexagesimals."""


BankLoader.yaml_implicit_resolvers = {}

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")

BankLoader.add_implicit_resolver("tag:yaml.org,2002:null", _NULL, ["~", "n", "N", ""])
BankLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))
BankLoader.add_implicit_resolver("tag:yaml.org,2002:int", _INT, list("-+0123456789"))
BankLoader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT, list("-+0123456789."))


def _construct_int(loader, node):
    text = loader.construct_scalar(node)
    value = int(text)
    # Outside 64 bits the Swift side keeps the text; do the same.
    return value if -(2 ** 63) <= value < 2 ** 63 else text


def _construct_float(loader, node):
    text = loader.construct_scalar(node)
    lowered = text.lower()
    if lowered in (".inf", "+.inf"):
        return float("inf")
    if lowered == "-.inf":
        return float("-inf")
    if lowered == ".nan":
        return float("nan")
    return float(text)


BankLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
BankLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)
BankLoader.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: loader.construct_scalar(node).lower() == "true")
BankLoader.add_constructor("tag:yaml.org,2002:null", lambda loader, node: None)


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=BankLoader)
