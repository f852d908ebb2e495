# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.filter(F.col("salary").between(7000, 8500)).select("name", "salary")
