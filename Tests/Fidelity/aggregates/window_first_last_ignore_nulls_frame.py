# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    w = Window.partitionBy("dept_id").orderBy("emp_id").rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    return employees.select("emp_id", F.first("salary", True).over(w).alias("f"), F.last("salary").over(w).alias("l"))
