# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    c = employees.groupBy("dept_id").agg(F.avg("salary").alias("a")).cache()
    x = c.join(departments, "dept_id")
    y = c.join(employees, "dept_id").select("dept_id", "a", "name")
    return x.select("dept_id", "a").union(y.select("dept_id", "a"))
