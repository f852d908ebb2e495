# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", F.array(F.col("salary"), F.lit(1.5), F.col("age")).alias("arr")).filter("emp_id < 4")
