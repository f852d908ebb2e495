# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    a = employees.select(F.col("emp_id"))
    b = employees.select((F.col("salary") / 2).alias("emp_id"))
    return a.union(b).filter("emp_id IS NOT NULL")
