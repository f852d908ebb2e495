# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(F.concat(F.col("name"), F.lit("#"), F.col("emp_id")).alias("tag"), F.concat_ws("-", "dept_id", "age"))
