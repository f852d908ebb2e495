# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.groupBy("dept").agg(
        F.percentile_approx("salary", [0.25, 0.5, 0.75]).alias("quartiles"),
        F.percentile_approx("salary", 0.5, 100).alias("median"),
        F.median("salary").alias("exact_median"),
    )
