# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    m = employees.select(F.col("emp_id").alias("manager_id"), F.col("name").alias("manager"))
    return employees.join(m, ["manager_id"], "left").select("name", "manager")
