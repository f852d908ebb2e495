# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.filter(F.col("salary") != 7000).select("name", "salary")
