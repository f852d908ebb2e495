# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    per_dept = employees.groupBy("dept_id").agg(F.sum("salary").alias("total"))
    joined = per_dept.join(departments, "dept_id")
    return joined.groupBy("location").agg(F.sum("total").alias("loc_total"), F.count("*").alias("depts"))
