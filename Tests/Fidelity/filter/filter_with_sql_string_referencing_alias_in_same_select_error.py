# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select((F.col("salary") * 2).alias("dbl")).filter("dbl > 10000 AND salary > 0")
