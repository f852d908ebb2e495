# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    c = employees.filter("salary > 5000").cache()
    return c.filter("dept_id = 20").select("name")
