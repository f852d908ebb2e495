# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.selectExpr("emp_id", "salary * 1.1", "upper(name)", "salary > 7000", "coalesce(manager_id, -1)", "age DIV 10 AS decade")
