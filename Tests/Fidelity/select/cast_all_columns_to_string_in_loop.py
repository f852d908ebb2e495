# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    out = dates
    for name in out.columns:
        out = out.withColumn(name, F.col(name).cast("string"))
    return out
