# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select("name", F.when(F.col("dept_id") == 10, "eng"))
