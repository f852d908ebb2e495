# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.filter(F.col("hire_date") >= "2020-01-01").select("name", "hire_date")
