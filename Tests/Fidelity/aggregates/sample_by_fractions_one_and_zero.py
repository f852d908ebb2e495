# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.sampleBy("dept_id", {10: 1.0, 20: 0.0}, seed=3).select("emp_id")
