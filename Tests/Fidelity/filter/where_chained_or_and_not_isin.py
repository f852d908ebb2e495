# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.where((F.col("dept_id") == 10) | ~F.col("dept_id").isin(20, 30)).select("emp_id", "dept_id")
