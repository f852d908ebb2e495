# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    return employees.alias("e").join(departments.alias("d"), "dept_id").select("d.*", "e.name")
