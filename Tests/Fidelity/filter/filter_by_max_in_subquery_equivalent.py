# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    top = employees.agg(F.max("salary").alias("top")).first()["top"]
    return employees.filter(F.col("salary") == top).select("name", "salary")
