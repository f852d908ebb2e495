# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.replace(0, 1, subset=["wage"])
