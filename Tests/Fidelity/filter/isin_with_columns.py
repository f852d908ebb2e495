# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.filter(F.col("manager_id").isin(F.col("emp_id") - 1, F.lit(4)))
