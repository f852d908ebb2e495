# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id", F.year("hire_date").alias("year")).agg(F.sum("salary").alias("total"))
