# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    employees.filter("salary > 5000").cache()
    return employees.filter("salary > 4000").select("name")
