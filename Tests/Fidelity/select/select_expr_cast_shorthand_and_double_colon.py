# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.selectExpr("emp_id", "salary::double AS s", "CAST(age AS STRING) AS a", "string(dept_id) AS d")
