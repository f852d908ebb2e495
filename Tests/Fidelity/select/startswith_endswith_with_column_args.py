# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    return employees.crossJoin(departments.select("dept_name")).select("name", "dept_name", F.col("dept_name").startswith(F.substring("name", 1, 1)).alias("sw")).filter("sw")
