# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    e = employees.alias("e")
    m = employees.alias("m")
    return e.join(m, F.col("e.manager_id") == F.col("m.emp_id"), "left").select(F.col("e.name").alias("emp"), F.col("m.name").alias("mgr"), "e.salary")
