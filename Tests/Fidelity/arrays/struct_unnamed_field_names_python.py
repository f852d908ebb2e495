# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    s = items.select(F.struct("id", F.col("id") + 1, F.lit("k"), F.col("info.color"), F.upper("info.color")).alias("s"))
    return s.select("s.*")
