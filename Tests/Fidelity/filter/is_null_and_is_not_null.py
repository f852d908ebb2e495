# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.filter(F.col("dept_id").isNull() | F.col("salary").isNull()).select("name")
