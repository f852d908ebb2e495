# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    return employees.join(departments, employees.dept_id == departments.dept_id, "left").select(employees.name, departments.dept_id, "dept_name")
