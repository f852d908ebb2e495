#!/usr/bin/env python3
"""Writes the benchmark data as CSV files with a header row, deterministically (same seed, same bytes).

    users.csv         user_id, name, country, age, salary      (one user per 10 transactions)
    transactions.csv  txn_id, user_id, amount, txn_date        (--rows of them)

Countries follow a skewed (Zipf-like) distribution, so a few countries hold most users; salaries
are whole thousands, so ties exist for dense_rank; amounts have two decimals; dates lie in 2024.

With --tpch it also writes the eight TPC-H tables as CSV with `tpchgen-cli`
(`pip install tpchgen-cli`), at scale factor 1 per 10M transactions (SF 0.1 for 1M: 600,000 lineitems).

    python3 Benchmarks/generate.py                      # 1,000,000 transactions into Benchmarks/data/1m
    python3 Benchmarks/generate.py --rows 10000000      # into Benchmarks/data/10m
    python3 Benchmarks/generate.py --tpch               # and TPC-H SF 0.1 into Benchmarks/data/tpch-sf0.1
"""
import argparse
import datetime
import os
import shutil
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from datasets import app_dir, tpch_dir, tpch_scale_factor  # noqa: E402

TPCH_TABLES = ["customer", "orders", "lineitem", "part", "supplier", "partsupp", "nation", "region"]
SEED = 20240611
CHUNK = 500_000
COUNTRIES = [
    "US", "IN", "BR", "DE", "GB", "FR", "JP", "CN", "MX", "ID", "NG", "ES", "IT", "CA", "KR",
    "TR", "PL", "NL", "AR", "ZA", "EG", "VN", "PH", "SE", "CH", "BE", "AT", "PT", "NO", "DK",
    "FI", "IE", "NZ", "CL", "CO", "PE", "GR", "CZ", "HU", "RO",
]
START_DATE = datetime.date(2024, 1, 1)
DAYS = 366


def user_count(rows):
    return max(100, rows // 10)


def write_users(path, n_users, rng):
    weights = 1.0 / np.arange(1, len(COUNTRIES) + 1) ** 1.2
    weights /= weights.sum()
    country = rng.choice(len(COUNTRIES), size=n_users, p=weights)
    age = rng.integers(18, 81, size=n_users)
    salary = rng.integers(20, 201, size=n_users) * 1000
    with open(path, "w", newline="\n") as out:
        out.write("user_id,name,country,age,salary\n")
        for start in range(0, n_users, CHUNK):
            stop = min(start + CHUNK, n_users)
            lines = [
                f"{uid},user_{uid:07d},{COUNTRIES[c]},{a},{s}\n"
                for uid, c, a, s in zip(
                    range(start + 1, stop + 1),
                    country[start:stop].tolist(),
                    age[start:stop].tolist(),
                    salary[start:stop].tolist(),
                )
            ]
            out.write("".join(lines))


def write_transactions(path, rows, n_users, rng):
    dates = [(START_DATE + datetime.timedelta(days=d)).isoformat() for d in range(DAYS)]
    with open(path, "w", newline="\n") as out:
        out.write("txn_id,user_id,amount,txn_date\n")
        for start in range(0, rows, CHUNK):
            stop = min(start + CHUNK, rows)
            n = stop - start
            # Active users buy more often: user ids drawn from a squared uniform lean towards low ids.
            user = (rng.random(n) ** 2 * n_users).astype(np.int64) + 1
            cents = np.maximum(1, np.round(rng.lognormal(mean=3.5, sigma=1.0, size=n) * 100)).astype(np.int64)
            day = rng.integers(0, DAYS, size=n)
            lines = [
                f"{tid},{u},{c // 100}.{c % 100:02d},{dates[d]}\n"
                for tid, u, c, d in zip(range(start + 1, stop + 1), user.tolist(), cents.tolist(), day.tolist())
            ]
            out.write("".join(lines))


def generate(rows, data_dir, force=False):
    """Writes the two CSV files unless they exist with the same row count (a marker file records it)."""
    marker = os.path.join(data_dir, "GENERATED")
    stamp = f"rows={rows} seed={SEED}\n"
    if not force and os.path.exists(marker) and open(marker).read() == stamp:
        return False
    os.makedirs(data_dir, exist_ok=True)
    if os.path.exists(marker):
        os.remove(marker)
    rng = np.random.default_rng(SEED)
    n_users = user_count(rows)
    write_users(os.path.join(data_dir, "users.csv"), n_users, rng)
    write_transactions(os.path.join(data_dir, "transactions.csv"), rows, n_users, rng)
    with open(marker, "w") as out:
        out.write(stamp)
    return True


def generate_tpch(scale_factor, data_dir, force=False):
    """Writes customer.csv, orders.csv and lineitem.csv (with a header row) with tpchgen-cli."""
    marker = os.path.join(data_dir, "GENERATED")
    stamp = f"tpch scale_factor={scale_factor:g} tables={','.join(TPCH_TABLES)}\n"
    if not force and os.path.exists(marker) and open(marker).read() == stamp:
        return False
    tool = shutil.which("tpchgen-cli")
    if tool is None:
        raise SystemExit("tpchgen-cli is not installed: pip install tpchgen-cli")
    os.makedirs(data_dir, exist_ok=True)
    if os.path.exists(marker):
        os.remove(marker)
    subprocess.run(
        [tool, "csv", "--scale-factor", f"{scale_factor:g}", "--output-dir", data_dir, "--tables",
         ",".join(TPCH_TABLES), "--overwrite", "--quiet"],
        check=True,
    )
    with open(marker, "w") as out:
        out.write(stamp)
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="transaction rows (default 1,000,000)")
    parser.add_argument("--10m", dest="ten_million", action="store_true", help="shorthand for --rows 10000000")
    parser.add_argument("--out", help="data directory (default Benchmarks/data/<scale>, git-ignored)")
    parser.add_argument("--tpch", action="store_true", help="also write TPC-H data at the matching scale factor")
    parser.add_argument("--force", action="store_true", help="rewrite even when the files exist")
    args = parser.parse_args(argv)
    rows = 10_000_000 if args.ten_million else args.rows
    if rows < 1:
        parser.error("--rows must be at least 1")
    data_dir = args.out or app_dir(rows)
    wrote = generate(rows, data_dir, force=args.force)
    print(f"{'wrote' if wrote else 'up to date'}: {data_dir} ({rows} transactions, {user_count(rows)} users)")
    if args.tpch:
        scale_factor = tpch_scale_factor(rows)
        target = tpch_dir(scale_factor)
        wrote = generate_tpch(scale_factor, target, force=args.force)
        print(f"{'wrote' if wrote else 'up to date'}: {target} (TPC-H scale factor {scale_factor:g})")


if __name__ == "__main__":
    sys.exit(main())
