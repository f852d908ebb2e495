# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.orderBy("emp_id").coalesce(1).groupBy("dept_id").agg(F.first("salary"), F.last("salary", True), F.first("age", ignorenulls=True))
