# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    a = employees.select("dept_id", "manager_id", "name")
    b = employees.groupBy("dept_id", "manager_id").agg(F.count("*").alias("n"))
    return a.join(b, ["dept_id", "manager_id"], "left")
