# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.agg(F.approx_count_distinct("dept_id"), F.approx_count_distinct("salary", 0.01))
