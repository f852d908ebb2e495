# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.withColumnRenamed("name", "NAME").select("emp_id", "NAME").filter("emp_id = 1")
