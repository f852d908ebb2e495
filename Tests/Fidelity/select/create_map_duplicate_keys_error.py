# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select(F.create_map(F.lit("a"), F.col("name"), F.lit("a"), F.col("name")))
