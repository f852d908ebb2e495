"""python3 -m spark_oracle_problems.hash_cli PROBLEM_DIR — print {test name: input hash} as JSON.

The input hash of every test of one problem folder, as the expected outputs store it. Used by the
Swift tests to check that both implementations of the hash agree.
"""

import json
import sys

from .sources import load_problem


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    problem = load_problem(argv[0])
    print(json.dumps({test.name: problem.hash_for(test) for test in problem.tests}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
