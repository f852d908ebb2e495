# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select(F.lit(F.col("name")).alias("same"), F.lit("name")).limit(2)
