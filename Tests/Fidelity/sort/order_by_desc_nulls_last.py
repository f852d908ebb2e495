# data: employees.json
# ordered: true

from pyspark.sql import functions as F


def solve(employees):
    return employees.orderBy(F.col("salary").desc(), "emp_id").select("name", "salary")
