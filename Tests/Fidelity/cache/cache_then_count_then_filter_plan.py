# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    c = employees.select("emp_id", "dept_id", "salary").cache()
    c.count()
    return c.filter("salary > 7000").select("emp_id")
