# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    banded = salaries.withColumn("band", F.when(F.col("salary") >= 100, "high").otherwise("low"))
    return banded.crosstab("dept", "band")
