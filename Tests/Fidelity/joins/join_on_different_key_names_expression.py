# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    mgr = employees.select(F.col("emp_id").alias("mid"), F.col("name").alias("mname"))
    return employees.join(mgr, employees.manager_id == mgr.mid).select("name", "mname")
