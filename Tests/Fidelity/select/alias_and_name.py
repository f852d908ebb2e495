# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(F.col("name").alias("employee"), (F.col("salary") / 12).name("monthly"), F.upper("name"))
