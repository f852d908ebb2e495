# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    w = Window.orderBy("hire_date").rangeBetween(-30, 0)
    return employees.select("emp_id", F.count("*").over(w))
