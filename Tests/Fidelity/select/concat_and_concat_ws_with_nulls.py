# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", F.concat("name", F.lit("-"), "dept_id").alias("c"), F.concat_ws("-", "name", "dept_id", "age").alias("cw"))
