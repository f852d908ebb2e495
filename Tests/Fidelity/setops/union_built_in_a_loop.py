# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    out = None
    for i in range(1, 13):
        part = salaries.filter(F.col("id") == i).select(F.lit(i).alias("step"), "name", (F.col("salary") * i).alias("scaled"))
        out = part if out is None else out.union(part)
    return out
