# data: employees.json

from pyspark.sql import functions as F


def solve(employees, departments):
    pairs = employees.select("emp_id").crossJoin(departments.select("location"))
    return pairs.groupBy("location").agg(F.count("*").alias("n"))
