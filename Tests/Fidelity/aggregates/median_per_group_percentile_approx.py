# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").agg(F.percentile_approx("salary", 0.5).alias("median"), F.count("*").alias("n"))
