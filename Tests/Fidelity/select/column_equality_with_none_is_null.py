# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", (F.col("manager_id") == None).alias("eq_none"), F.col("manager_id").isNull().alias("is_null")).filter("emp_id < 3")
