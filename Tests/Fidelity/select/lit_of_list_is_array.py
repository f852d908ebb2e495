# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.limit(1).select(F.lit([1, 2, 3]).alias("arr"), F.array().alias("empty_arr"))
