# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.agg(F.sum(F.col("age") > 30))
