# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    return employees.select("name").crossJoin(departments.select("dept_name"))
