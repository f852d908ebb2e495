# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    c = employees.select("dept_id", "salary").cache()
    return c.groupBy("dept_id").agg(F.sum("salary").alias("v")).union(c.groupBy("dept_id").agg(F.max("salary").alias("v")))
