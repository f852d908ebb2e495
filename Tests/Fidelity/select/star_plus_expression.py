# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select("*", (F.col("age") >= 30).alias("senior")).where("emp_id <= 3")
