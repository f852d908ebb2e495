# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.orderBy(["dept_id", "age"], ascending=[False, True]).select("emp_id", "dept_id", "age")
