# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    employees.groupBy("dept_id").count().cache()
    return employees.groupBy("dept_id").count().filter("count > 1")
