# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg({"salary": "max", "age": "avg", "emp_id": "count", "name": "min"})
