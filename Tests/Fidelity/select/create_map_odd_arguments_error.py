# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select(F.create_map(F.col("name"), F.col("age"), F.col("salary")))
