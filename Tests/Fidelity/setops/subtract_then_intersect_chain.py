# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    a = employees.select("dept_id")
    return a.subtract(a.filter("dept_id = 10")).intersect(a.filter("dept_id >= 20"))
