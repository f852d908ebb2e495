# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.sample(fraction=1.0, seed=7).select("emp_id")
