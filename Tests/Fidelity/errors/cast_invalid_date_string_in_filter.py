# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.where(F.col("hire_date") > F.lit("2020-13-45").cast("date"))
