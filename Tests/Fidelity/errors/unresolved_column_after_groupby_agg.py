# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").agg(F.sum("salary").alias("total")).select("dept_id", "salary")
