# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    return employees.alias("e").join(departments.alias("d"), F.expr("e.dept_id = d.dept_id")).select("e.name", "d.location")
