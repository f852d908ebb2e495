# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    w = Window.partitionBy("dept_id").orderBy("emp_id").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    return employees.select("emp_id", "dept_id", F.collect_list("name").over(w).alias("names"))
