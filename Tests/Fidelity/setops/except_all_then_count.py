# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("dept_id").exceptAll(employees.filter("salary > 8000").select("dept_id")).groupBy("dept_id").count()
