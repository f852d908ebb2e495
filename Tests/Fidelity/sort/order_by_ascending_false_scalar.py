# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.sort("dept_id", "emp_id", ascending=False).select("emp_id", "dept_id")
