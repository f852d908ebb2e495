# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    c = employees.cache()
    return c.select("emp_id", (F.col("salary") * 2).alias("dbl")).filter("dbl > 15000")
