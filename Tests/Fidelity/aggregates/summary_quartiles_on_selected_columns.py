# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("age", "emp_id").summary("min", "25%", "50%", "max", "count")
