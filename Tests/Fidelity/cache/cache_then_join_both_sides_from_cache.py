# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    c = employees.select("emp_id", "manager_id", "name").cache()
    return c.alias("a").join(c.alias("b"), F.col("a.manager_id") == F.col("b.emp_id")).select(F.col("a.name"), F.col("b.name").alias("boss"))
