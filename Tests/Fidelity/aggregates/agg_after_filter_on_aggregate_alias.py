# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").agg(F.avg("salary").alias("avg_salary")).filter(F.col("avg_salary") > 7000)
