# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.filter(F.col("name").startswith("A") | F.col("name").endswith("a") | F.col("name").contains("v")).select("name")
