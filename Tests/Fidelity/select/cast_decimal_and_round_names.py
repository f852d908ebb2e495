# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select(F.col("salary").cast("decimal(10,2)"), F.round(F.col("salary") / 3, 2), F.bround(F.col("salary") / 7, 1))
