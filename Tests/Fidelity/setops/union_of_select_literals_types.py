# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    a = employees.select(F.lit(1).alias("x"), F.lit("a").alias("y")).limit(1)
    b = employees.select(F.lit(2.5).alias("x"), F.lit(None).alias("y")).limit(1)
    return a.union(b)
