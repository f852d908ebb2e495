# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.filter(~F.col("dept_id").isin(10, None)).select("name")
