# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").pivot("manager_id", [1, 4]).agg(F.count("emp_id"))
