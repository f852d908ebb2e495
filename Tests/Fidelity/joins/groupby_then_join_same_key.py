# data: employees.json
from pyspark.sql import functions as F


def solve(employees, departments):
    totals = employees.groupBy("dept_id").agg(F.sum("salary").alias("total"))
    return totals.join(departments, "dept_id")
