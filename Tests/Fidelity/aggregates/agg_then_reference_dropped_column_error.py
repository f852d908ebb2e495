# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    per_dept = employees.groupBy("dept_id").agg(F.avg("salary").alias("avg_salary"))
    return per_dept.select("dept_id", "avg_salary", "name")
