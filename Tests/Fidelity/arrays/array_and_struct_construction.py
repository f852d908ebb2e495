# data: employees.json
from pyspark.sql import functions as F


def solve(employees):
    return employees.filter("emp_id < 4").select(F.array("emp_id", "age"), F.struct("name", "salary"), F.create_map(F.lit("dept"), "dept_id"))
