"""python3 -m spark_oracle_problems.generator_cli SPEC_JSON COLUMN... — print generated rows as JSON.

SPEC_JSON is a `generate:` mapping as JSON ({"seed", "rows", "columns"}); the columns are the
table's column order. Used by the Swift tests to compare the two generator implementations.
"""

import json
import sys

from .generator import generate_rows


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    spec = json.loads(argv[0])
    print(json.dumps(generate_rows(spec, argv[1:]), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
