# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.filter(F.col("age").between(29.5, 36)).select("name", "age")
