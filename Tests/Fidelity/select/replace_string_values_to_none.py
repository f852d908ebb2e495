# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.replace(["Amit", "Bea"], None, "name").select("emp_id", "name")
