# data: employees.json
# ordered: true

from pyspark.sql import functions as F


def solve(employees):
    return employees.orderBy(F.col("dept_id").asc_nulls_last(), F.col("salary").desc_nulls_first(), "emp_id").select("dept_id", "salary", "name")
