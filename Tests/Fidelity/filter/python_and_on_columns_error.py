# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.filter((F.col("age") > 30) and (F.col("salary") > 5000))
