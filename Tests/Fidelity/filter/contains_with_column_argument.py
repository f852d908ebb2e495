# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    j = employees.crossJoin(departments.select("dept_name"))
    return j.filter(F.col("dept_name").contains(F.substring("name", 1, 1))).select("name", "dept_name")
