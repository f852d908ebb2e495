# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(F.col("emp_id").cast("string"), F.col("salary").cast("double"), F.col("hire_date").cast("string"))
