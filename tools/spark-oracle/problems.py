#!/usr/bin/env python3
"""Entry point: python3 tools/spark-oracle/problems.py [--update] [SLUG...] (see spark_oracle_problems/README.md)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spark_oracle_problems.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
