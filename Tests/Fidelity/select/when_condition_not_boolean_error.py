# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select(F.when(F.col("salary"), 1).otherwise(0))
