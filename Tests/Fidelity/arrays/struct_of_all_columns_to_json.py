# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    small = employees.where("emp_id <= 3").select("emp_id", "name", "salary", "hire_date")
    return small.select("emp_id", F.to_json(F.struct("*")).alias("js"), F.struct(*small.columns).alias("row"), F.array("emp_id", "salary").alias("nums"))
