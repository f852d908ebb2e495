# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    heads = employees.groupBy("manager_id").agg(F.count("*").alias("reports"))
    return employees.join(heads, employees.emp_id == heads.manager_id).select("name", "reports")
