# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    by_year = employees.groupBy(F.year("hire_date").alias("y")).agg(F.count("*").alias("hires"))
    pay = employees.groupBy(F.year("hire_date").alias("y")).agg(F.avg("salary").alias("avg_salary"))
    return by_year.join(pay, "y")
