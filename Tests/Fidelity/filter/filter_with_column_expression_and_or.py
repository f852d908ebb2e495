# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.filter((F.col("dept_id") == 20) & ((F.col("age") < 30) | (F.col("salary") > 9000))).select("name")
