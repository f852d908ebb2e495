# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", F.col("emp_id").isin(1, "2", 3.0).alias("hit")).filter("emp_id <= 4")
