# data: employees.json
from pyspark.sql import functions as F


def solve(employees):
    upper = employees.withColumn("name", F.upper("name"))
    return upper.select(employees.name)
