# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(F.col("salary") + F.col("age"), F.col("salary") * 2, F.col("age") - 1, -F.col("age"))
