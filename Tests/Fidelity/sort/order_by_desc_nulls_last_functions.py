# data: salaries.json
# ordered: true

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.orderBy(F.desc_nulls_last("salary"), F.asc_nulls_last("dept"), F.col("id").desc()).select("id", "dept", "salary")
