# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.filter(F.col("name").like("%a%") | F.col("name").rlike("^[A-C]")).select("name")
