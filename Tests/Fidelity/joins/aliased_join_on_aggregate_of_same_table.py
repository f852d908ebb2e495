# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    heads = employees.groupBy("manager_id").agg(F.count("*").alias("reports")).alias("h")
    return employees.alias("e").join(heads, F.col("e.emp_id") == F.col("h.manager_id")).select("e.name", "h.reports")
