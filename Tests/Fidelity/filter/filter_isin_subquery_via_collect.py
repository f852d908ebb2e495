# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    ids = [r.dept_id for r in departments.filter("location = 'Berlin'").collect()]
    return employees.filter(F.col("dept_id").isin(ids)).select("name")
