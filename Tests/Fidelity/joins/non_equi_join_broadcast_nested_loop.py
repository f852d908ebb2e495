# data: employees.json
from pyspark.sql import functions as F


def solve(employees, departments):
    return employees.join(F.broadcast(departments), employees.dept_id > departments.dept_id, "left").select("emp_id", departments.dept_id)
