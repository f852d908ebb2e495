# data: employees.json
# ordered: true

from pyspark.sql import functions as F


def solve(employees):
    return employees.sort(F.asc_nulls_last("dept_id"), F.desc("emp_id")).select("dept_id", "emp_id")
