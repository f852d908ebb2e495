# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.agg(F.count("salary"), F.count("*"), F.count(F.lit(1)), F.count(F.col("age")))
