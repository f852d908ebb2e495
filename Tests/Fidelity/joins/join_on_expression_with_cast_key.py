# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    d = departments.withColumn("dept_key", F.col("dept_id").cast("string"))
    return employees.join(d, employees.dept_id == d.dept_key).select("name", "dept_name")
